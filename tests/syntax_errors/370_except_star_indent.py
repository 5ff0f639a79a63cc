# expected an indented block after except*
try:
    pass
except* A:
pass
