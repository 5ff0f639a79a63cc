# TypeError for a non-iterable after * in a display.
x = [*[1], *3]
