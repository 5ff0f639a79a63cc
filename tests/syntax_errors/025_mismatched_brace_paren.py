# closing parenthesis does not match opening brace
x = {1: (2, 3})
