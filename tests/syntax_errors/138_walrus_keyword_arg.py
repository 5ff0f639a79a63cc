# walrus used in place of keyword argument
f(a := 1 := 2)
