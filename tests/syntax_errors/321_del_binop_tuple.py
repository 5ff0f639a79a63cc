# del of parenthesized tuple plus expression
del (a, b) + c
