e = ExceptionGroup("g", [ValueError("v")])
e.add_note("line one\nline two")
raise e
