# if without condition
if:
    pass
