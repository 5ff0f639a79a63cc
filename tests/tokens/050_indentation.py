if a:
    b
    if c:
        d
	if e:
		f
    g
else:
  h

if i:
    j

class K:
    def m(self):
        pass
# comment at column 0
        # deeper comment
    x = 1
y = 2
