# keyword used as function name
def if():
    pass
