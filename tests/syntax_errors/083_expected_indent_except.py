# expected an indented block after 'except'
try:
    x = 1
except ValueError:
pass
