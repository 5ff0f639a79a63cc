# dict unpacking cannot be used in dict comprehension
x = {**a for a in b}
