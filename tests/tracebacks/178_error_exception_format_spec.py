x = format(1.5, "q")
