# Set displays: BUILD_SET, SET_ADD, SET_UPDATE, and constant displays
# extending an empty set from a frozenset constant (whose order decides the
# set's, as in CPython).
def trace(value):
    print("eval", value)
    return value

print({1, 2, 3}, {3, 2, 1}, {"abc", "b", "cd", "e", "f"})
x = "f"
print({"abc", "b", "cd", "e", x}, {x}, {x, x})
print({1, 1.0, True}, {(1, 2), (1, 2)}, {-1, -2, -3}, {(1, -2), (3, (4,))})
print({*"abc", *[1, 2]}, {*()}, len({*range(100)}), {*{}, *{"k": 1}})
s = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
print(s, "beta" in s, type(s).__name__)
print({frozenset({1, 2}), frozenset({2, 1})})
print({trace(1), trace(2), *[trace(3)], trace(4), *trace("ab")})
big = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
       29, 30, 31, 32, 33, 34, x}
print(len(big), 34 in big, "f" in big)
words = ["pear", "apple", "fig"]
print({*words, "kiwi"} - {"fig"} == {"pear", "apple", "kiwi"})
print({x, 1} | {2}, {1, 2} & {2, 3}, {None})
print([1, *"xy", 2], (1, *"xy", 2), [*range(3)], (*range(2),), (1, 2, (3, -4)), -7, ~7, +7, not 1, --3)
def local_display():
    a, b = 1, 2
    a = {a, b, a + b}
    return a
print(local_display())
