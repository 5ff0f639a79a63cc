# windows line endings (CRLF)
if x:
    y = """a
b"""
else:
    z = (1,
         2)
