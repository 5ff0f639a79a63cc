# unparenthesized tuple as comprehension element
x = [a, b for a in c]
