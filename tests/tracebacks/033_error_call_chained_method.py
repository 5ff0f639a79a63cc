s = "a,b"
s.split(",").nope()
