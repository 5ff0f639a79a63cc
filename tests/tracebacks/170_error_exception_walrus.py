if (n := int("12a")) > 5:
    pass
