# compile()'s PyCF_ALLOW_INCOMPLETE_INPUT (0x4000): input that ends before
# the grammar is satisfied is SyntaxError "incomplete input" (codeop's test
# for more lines); PyCF_DONT_IMPLY_DEDENT (0x200): in 'single' mode the
# blocks open at a last line without newline stay open.
ALLOW_INCOMPLETE = 0x4000
DONT_IMPLY_DEDENT = 0x200


def attempt(source, mode="single", flags=ALLOW_INCOMPLETE | DONT_IMPLY_DEDENT):
    try:
        compile(source, "<input>", mode, flags)
        return "code"
    except SyntaxError as error:
        return "%s: %s %s" % (type(error).__name__, error.msg, error.lineno)


SOURCES = [
    "if x:\n", "x = (\n", "x = [1,\n2\n", "f(a,\n", "'''abc\n", "x = '''\n", "\\\n", "x = 1 \\\n",
    "try:\n  pass\n", "try:\n  pass\n\n", "@dec\n", "class A:\n", "if 1:\n  x = 1\nelse:\n",
    "def f():\n  if x:\n", "x = {\n", "for x in (1,\n", "1 +\n", "a b\n", "x = 1\n", "if x:\n  pass\n",
    "if x:\n  pass", "while x:\n  for y in x:\n    pass", "x = 'abc\n", "1 + )\n", "if x\n", "  x = 1\n",
    "f(**)\n", "with (a,\n", "x = 1\n  y = 2\n",
]

for source in SOURCES:
    print(repr(source))
    for flags in (0, DONT_IMPLY_DEDENT, ALLOW_INCOMPLETE, ALLOW_INCOMPLETE | DONT_IMPLY_DEDENT):
        print("   ", hex(flags), attempt(source, flags=flags), "|", attempt(source, "exec", flags))

for source in ("(1 +\n", "[x for x in\n", "1 +", "lambda:"):
    print("eval", repr(source), attempt(source, "eval"))

try:
    compile("if x:\n", "<input>", "single", ALLOW_INCOMPLETE)
except SyntaxError as error:
    print(repr(error.msg), error.filename, error.lineno, error.offset, error.end_lineno, error.end_offset,
          repr(error.text))
