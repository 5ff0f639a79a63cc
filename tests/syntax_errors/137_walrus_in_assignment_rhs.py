# unparenthesized walrus on assignment right-hand side
y = x := 1
