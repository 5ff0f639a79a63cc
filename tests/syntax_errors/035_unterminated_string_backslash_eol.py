# string ending with backslash-quote
x = 'abc\'
