# except ... as with a tuple target
try:
    pass
except ValueError as (a, b):
    pass
