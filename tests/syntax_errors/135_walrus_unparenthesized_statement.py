# unparenthesized walrus as a statement
x := 1
