# decorator not followed by def or class
@decorator
x = 1
