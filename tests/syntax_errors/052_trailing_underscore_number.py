# trailing underscore in number
x = 100_
