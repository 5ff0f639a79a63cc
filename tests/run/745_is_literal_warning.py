# SyntaxWarning for `is` / `is not` with a literal (shown before the program runs).
x = 5
print(x is None, x is ..., x is (1, x), x is not True)
print(x is 5, x is -1, () is (), x is not "a")
code = compile("y = 1\nresult = y is 1", "<made>", "exec")
exec(code, ns := {})
print(ns["result"])
