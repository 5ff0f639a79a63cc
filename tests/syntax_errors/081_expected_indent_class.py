# expected an indented block after class definition
class C:
x = 1
