# annotated assignment cannot be chained
x: int = y = 1
