# two with items without a comma
with a as b c as d:
    pass
