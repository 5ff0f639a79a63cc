# type comment in an expression context (with type_comments=True)
x = [
    1,  # type: int
]
