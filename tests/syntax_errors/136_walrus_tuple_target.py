# walrus with tuple target
((a, b) := (1, 2))
