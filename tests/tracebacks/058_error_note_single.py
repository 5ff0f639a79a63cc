e = ValueError("with note")
e.add_note("a note")
raise e
