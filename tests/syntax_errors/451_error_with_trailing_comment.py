x = (1, 2 3)  # a comment
