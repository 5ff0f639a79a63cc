# mixing except and except* in one try
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
