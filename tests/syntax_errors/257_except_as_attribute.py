# except ... as with a non-name target
try:
    pass
except ValueError as e.x:
    pass
