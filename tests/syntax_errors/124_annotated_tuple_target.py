# only single target can be annotated (tuple)
a, b: int = 1, 2
