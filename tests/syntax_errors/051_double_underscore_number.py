# consecutive underscores in number
x = 1__000
