# super() at module level: the frame has no arguments.
print("before")
super()
