# assignment in elif condition after valid branch
if x == 1:
    pass
elif x = 2:
    pass
