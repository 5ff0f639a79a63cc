# case block outside match
case 1:
    pass
