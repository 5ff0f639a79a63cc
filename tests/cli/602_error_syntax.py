# A syntax error in a -c or stdin program.
print("never")
x = (1,
