# integer immediately followed by name after dot
x = 1.__class__
