# Constant expressions are folded at compile time where CPython folds them,
# but their values and errors are the same as at run time.
print(2 ** 10, 2 ** 200, 2 ** -1, -2 ** 2, (-2) ** 2, 7 // 2, -7 // 2, 7 % -3, 1 / 4)
print("ab" * 3, "x" * 0, "y" * -2, (1, 2) * 2, b"ab" + b"c", "a" + "b" + "c")
print(1 << 100, 1 << 127, 3 << 200, 255 >> 3, 6 & 3, 6 | 3, 6 ^ 3, 5 - 8, 2.5 * 4, 1e308 * 10)
print("%s-%d" % ("x", 5), b"%d" % 3, ("a" * 5000)[:3], len("ab" * 3000), len((1,) * 300))
print(~5, -(3 + 4), not (1 + 1), (1, 2 + 3, ("a" + "b",)))
print(True + True, 3 * True, 0.1 + 0.2, 10 ** 0, 0 ** 0, (2 ** 64) * (2 ** 64))
if False:
    print(1 / 0)
def late():
    return 1 / 0
try:
    late()
except ZeroDivisionError as e:
    print("at run time:", e)
try:
    print(1 << -1)
except ValueError as e:
    print("shift:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("concat:", e)
try:
    print(2 ** 10000 > 0, len(str(2 ** 1000)))
except Exception as e:
    print(e)
