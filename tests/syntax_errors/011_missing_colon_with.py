# missing colon after with items
with open(f) as g
    pass
