# except* with unparenthesized tuple
try:
    pass
except* A, B:
    pass
