# printf-style formatting: errors, with CPython's types and messages.
# Needs try/except (pending).
def check(label, thunk):
    try:
        result = thunk()
    except Exception as error:
        print(label, "->", type(error).__name__ + ":", error)
    else:
        print(label, "=", "%r" % (result,))


cases = [("%", ()), ("%", 1), ("abc%", ()), ("%q", 1), ("%q", ()), ("%s %s", 1), ("%s %s", (1,)),
         ("%s", (1, 2)), ("%d", "x"), ("%i", None), ("%u", [1]), ("%x", 1.5), ("%o", "7"), ("%X", None),
         ("%c", "ab"), ("%c", ""), ("%c", 1.5), ("%c", -1), ("%c", 0x110000), ("%c", 2**70), ("%f", "x"),
         ("%e", None), ("%g", [1.0]), ("%(a)s", 1), ("%(a)s", (1,)), ("%(a)s", {}), ("%(a", {"a": 1}),
         ("%(a)", {"a": 1}), ("%(a)s %s", {"a": 1}), ("%*d", ("x", 1)), ("%.*f", ("x", 1.0)),
         ("%*d", (5,)), ("%-*d", (2**70, 1)), ("%.*d", (2**40, 1)), ("%d", 1e400), ("%d", 1e400 - 1e400),
         ("%x", 1e400), ("%5", 1), ("%-", 1), ("%.", 1), ("%l", 1), ("%ll", 1), ("%.2", 1.0), ("%%%", ()),
         ("%s", ()), ("%r %a", ("x",)), ("%(x)d", {"x": "y"}), ("%\u3000", 1), ("%😀", 1), ("%y", {}),
         ("hello", 5), ("hello", "x"), ("hello", [1]), ("hello", {}), ("hello", (1,)), ("%s", {}),
         ("%(a)s %(b)s", {"a": 1}), ("%99999999999999999999d", 1), ("%.99999999999999999999f", 1.0),
         ("%d", True), ("%.3s", None)]
for template, arguments in cases:
    check("%r %% %r" % (template, arguments), lambda: template % arguments)
check("int % str", lambda: 5 % "x")
check("list % str", lambda: [1] % "x")
