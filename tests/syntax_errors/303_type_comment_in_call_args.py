# type comment between call arguments
x = f(a,  # type: int
      b)
