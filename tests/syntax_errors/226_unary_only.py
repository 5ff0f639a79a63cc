# lone operator
x = ~
