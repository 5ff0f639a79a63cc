# leading comma in a call
f(, a)
