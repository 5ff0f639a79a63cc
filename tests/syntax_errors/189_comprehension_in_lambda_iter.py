# lambda as comprehension iterable (needs parentheses)
x = [a for a in lambda: b]
