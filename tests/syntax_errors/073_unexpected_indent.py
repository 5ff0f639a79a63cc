# unexpected indent at module level
x = 1
    y = 2
