print("sibling runs:", __name__, __package__)
shared = "shared from sibling"


def where():
    return __name__
