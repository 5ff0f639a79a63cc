# A str pattern cannot search bytes.
import re

try:
    re.compile(b"x").search("x")
except TypeError as e:
    print(e)
re.search("x", b"x")
