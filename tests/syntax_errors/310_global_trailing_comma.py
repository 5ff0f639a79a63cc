# global with trailing comma
global x,
