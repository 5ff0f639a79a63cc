# annotated assignment to starred target
*a: int = 1
