# starred expression as dict value
d = {'a': *b}
