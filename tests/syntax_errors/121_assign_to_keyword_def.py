# keyword used as assignment target
def = 1
