s = "abc"
s[1:2] = "x"
