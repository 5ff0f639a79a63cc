# misplaced type comment after a def with signature comment (reported as IndentationError)
def f():
    # type: () -> None
    pass
x = [
    1,  # type: int
]
