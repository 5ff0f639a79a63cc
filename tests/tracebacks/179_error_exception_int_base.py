n = int("z", 50)
