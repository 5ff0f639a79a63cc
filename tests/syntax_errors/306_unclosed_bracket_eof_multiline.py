# '[' never closed, file ends mid-list
x = [1,
     2,
