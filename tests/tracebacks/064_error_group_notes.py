e = ValueError("x")
e.add_note("note on child")
g = ExceptionGroup("g", [e])
g.add_note("note on group")
raise g
