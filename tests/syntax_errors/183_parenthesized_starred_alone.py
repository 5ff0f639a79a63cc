# starred expression in return of parenthesized
x = (*a)
