# two binary operators in a row
x = 1 * / 2
