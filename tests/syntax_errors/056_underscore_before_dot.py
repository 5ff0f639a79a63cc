# underscore before decimal point
x = 1_.5
