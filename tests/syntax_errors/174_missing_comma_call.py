# missing comma between call arguments
f(a b)
