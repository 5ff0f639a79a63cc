# Replacement templates (expanded by re's own code over the Match object):
# escapes, numbered and named groups, unmatched groups, bytes templates.
import re

m = re.match(r"(?P<a>\w+)-(?P<b>\w+)?-?(\d)?", "x-y-7")
print(m.expand(r"\2/\1 \g<a>\g<b> \g<3>0 \\ \n|\t|"))
print(re.sub(r"(a)|(b)", r"[\1\2]", "abc"))
print(re.sub(r"(?P<n>\d+)", r"<\g<n>>", "a1b23"))
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"))
print(re.sub(rb"(\w)(\w)", rb"\2\1", b"abcd"))
print(re.sub("(x)", "\\1\\1", "axb"), re.sub("x", "\\\\", "axb"))
print(re.subn(r"(?m)^(\s*)", r"\1# ", "a\n  b\nc"))
for template in [r"\g<9>", r"\g<name>", r"\9", r"\g<1", "\\"]:
    try:
        print(re.sub(r"(a)", template, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.compile(r"(\w+)@(\w+)\.com").sub(r"\2 at \1", "joe@example.com, ann@test.com"))
