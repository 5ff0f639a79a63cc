y = r"a\xö"
