# else clause indented deeper than its for
for x in y:
    pass
  else:
    pass
