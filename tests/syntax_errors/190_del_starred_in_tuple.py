# del of starred target
del *a, b
