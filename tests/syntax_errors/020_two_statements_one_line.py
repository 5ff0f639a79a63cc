# two statements on one line without separator
x = 1 y = 2
