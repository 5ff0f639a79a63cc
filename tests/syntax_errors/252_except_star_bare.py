# except* without an exception type
try:
    pass
except*:
    pass
