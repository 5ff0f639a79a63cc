# expected an indented block after 'elif'
if x:
    pass
elif y:
pass
