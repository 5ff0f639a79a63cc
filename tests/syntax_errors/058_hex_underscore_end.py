# hex literal with trailing underscore
x = 0xff_
