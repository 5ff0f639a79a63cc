# while without condition
while:
    pass
