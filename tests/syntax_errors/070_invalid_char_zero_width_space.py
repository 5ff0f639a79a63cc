# zero width space U+200B in code
x = 1​
