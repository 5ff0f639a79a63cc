# Needs: set displays in the compiler. CPython 3.11 compiles a display of
# three or more constants as BUILD_SET 0 + LOAD_CONST frozenset + SET_UPDATE
# (the frozenset rebuilt from its own iteration order by the constant
# merger), which decides the order these print in; other displays add their
# items left to right (BUILD_SET n).
print({"abc", "b", "cd", "e", "f"})
x = "f"
print({"abc", "b", "cd", "e", x})
print({3, 1, 2}, {1, 1.0, True}, {(1, 2), (1, 2)}, {"a", "b"})
print({*"abc", *[1, 2]}, {*()}, len({*range(100)}))
s = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
print(s, "beta" in s)
print({frozenset({1, 2}), frozenset({2, 1})})
