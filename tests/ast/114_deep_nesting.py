# deep nesting of blocks and brackets
if a:
 if b:
  if c:
   if d:
    if e:
     if f:
      x = [[[[[[[[[[1]]]]]]]]]]
      y = ((((((((((2))))))))))
      z = {1: {2: {3: {4: {5: 6}}}}}
