# unterminated triple-quoted string (""")
def f():
    """docstring
    that never ends
