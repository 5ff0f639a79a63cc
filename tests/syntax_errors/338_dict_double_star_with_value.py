# ** unpacking followed by ':' value in dict display
d = {**a: 1}
