# An uncaught exception with a context chain: the whole chain is printed.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("could not parse " + repr(text))

print("start")
parse("x")
