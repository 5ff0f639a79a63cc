# elif after else
if x:
    pass
else:
    pass
elif y:
    pass
