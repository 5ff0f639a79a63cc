# PEP 695 type alias statement (not valid in 3.11)
type Point = tuple[float, float]
