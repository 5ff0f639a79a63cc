# for loop with nothing after 'in'
for x in:
    pass
