# indented line after a simple statement inside a block
for i in x:
    a = 1
      b = 2
