# expected an indented block after 'with'
with a as b:
pass
