# The subject must be a str or bytes-like.
import re

for subject in [1, None, ["a"]]:
    try:
        re.match("a", subject)
    except TypeError as e:
        print(e)
re.compile("a").findall(3.5)
