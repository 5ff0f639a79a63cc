# generator expression after another positional argument
f(a, b for b in c)
