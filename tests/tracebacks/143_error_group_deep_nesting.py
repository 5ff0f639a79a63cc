e = ValueError("leaf")
for i in range(4):
    e = ExceptionGroup(f"level {i}", [e])
raise e
