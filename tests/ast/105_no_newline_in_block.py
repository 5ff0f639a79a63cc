# file ends inside an indented block without newline
if x:
    pass