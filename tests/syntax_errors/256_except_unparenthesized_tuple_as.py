# multiple exception types with 'as' must be parenthesized
try:
    pass
except ValueError, TypeError as e:
    pass
