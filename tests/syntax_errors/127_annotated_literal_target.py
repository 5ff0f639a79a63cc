# illegal target for annotation (literal)
1: int
