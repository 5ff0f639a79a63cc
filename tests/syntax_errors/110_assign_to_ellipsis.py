# cannot assign to Ellipsis
... = 1
