ñame = 1


def función(ārg):
    ß = ārg
    return lambda: ß + ñame
