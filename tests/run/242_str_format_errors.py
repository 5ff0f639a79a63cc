# str.format and format_map: malformed fields, missing arguments, and the
# exceptions lookups raise. Needs try/except (pending).
def check(label, thunk):
    try:
        result = thunk()
    except Exception as error:
        print(label, "->", type(error).__name__ + ":", error)
    else:
        print(label, "=", "%r" % (result,))


class Point:
    x = 1

    def __repr__(self):
        return "Point()"


templates = ["{", "}", "a{", "a}", "{{", "}}", "{}}", "{{}", "{0", "{0!", "{0!r", "{0!rr}", "{0!x}", "{!}",
             "{0:", "{0:{", "{0:{}", "{0[}", "{0[0}", "{0[0]x}", "{0.}", "{0..x}", "{0]}", "{0.x}", "{0.y}",
             "{0[5]}", "{0[a]}", "{1}", "{}{0}", "{0}{}", "{a}", "{a.b}", "{:{:{:{}}}}", "{:{:{}}}",
             "{0:{1}}", "{!r:}", "{0!s:>{1}}", "{:d}", "{:s}", "{0[0][0]}", "{0[-1]}", "{00}", "{0 }",
             "{ 0}", "{-1}", "{٣}", "{99999999999999999999}", "{0[99999999999999999999]}", "{:\x00}",
             "{0{}}", "{{0}}", "{0!a}", "{0!s!r}", "x{!r}y"]
for template in templates:
    check("%r" % template, lambda: template.format(Point(), 5, "s"))
    check("%r map" % template, lambda: template.format_map({"a": 1}))
check("key missing", lambda: "{name}".format(other=1))
check("format_map missing", lambda: "{name}".format_map({}))
check("format_map positional", lambda: "{0}".format_map({"0": 1}))
check("format_map auto", lambda: "{}".format_map({}))
check("format_map not mapping", lambda: "{a}".format_map(5))
check("format_map list", lambda: "{0}".format_map([1]))
check("index error", lambda: "{0[5]}".format([1, 2]))
check("key error", lambda: "{0[k]}".format({}))
check("type error", lambda: "{0[0]}".format(5))
check("attribute", lambda: "{0.missing}".format(5))
check("unbound format", lambda: str.format())
check("unbound format int", lambda: str.format(5))


class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"


check("__missing__", lambda: "{a} {b}".format_map(Missing(a=1)))
