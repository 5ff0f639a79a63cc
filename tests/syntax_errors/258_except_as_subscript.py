# except* ... as with a subscript target
try:
    pass
except* ValueError as e[0]:
    pass
