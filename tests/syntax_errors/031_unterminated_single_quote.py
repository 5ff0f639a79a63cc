# unterminated single-quoted string
x = 'hello
