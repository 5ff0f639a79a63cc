# binary prefix without digits
x = 0b
