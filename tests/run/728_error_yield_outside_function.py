# 'yield' at module level is a SyntaxError found while compiling.
print("never printed")
yield 1
