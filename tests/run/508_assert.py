# assert with and without messages; the failing one ends the program.
assert True
assert 1 + 1 == 2, "math"
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e))
try:
    assert [], "empty list is false"
except AssertionError as e:
    print("message:", e)
x = 3
assert x < 2, "x is %d" % x
