# missing comma in list display
[1 2]
