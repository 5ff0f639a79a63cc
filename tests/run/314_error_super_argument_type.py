# super() with a first argument that is not a type.
super(1, 2)
