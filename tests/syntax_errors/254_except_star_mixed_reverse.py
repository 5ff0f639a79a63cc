# mixing except* then except in one try
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
