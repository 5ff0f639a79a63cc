# expected an indented block after 'finally'
try:
    x = 1
finally:
pass
