s = "naïve" "unterminated
