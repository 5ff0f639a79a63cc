# An uncaught NameError with a close name: the display suggests it.
def area(width, height):
    return widht * height
print("start")
area(2, 3)
