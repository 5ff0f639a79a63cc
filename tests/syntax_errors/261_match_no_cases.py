# match with no case blocks
match x:
    pass
