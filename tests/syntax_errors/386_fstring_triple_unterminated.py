# unterminated triple-quoted f-string
x = f'''{a}

