# Standard modules built on re: textwrap, string.Template, fnmatch.
import fnmatch
import string
import textwrap

text = "The quick brown fox jumps over the lazy dog, again and again and again."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30, initial_indent="> ", subsequent_indent="  "))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("x\ny\n", "# ")))
print(textwrap.shorten("Hello  world, this is a long line", width=20))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
print(string.Template("$a $b").get_identifiers() if hasattr(string.Template, "get_identifiers") else None)
print(fnmatch.fnmatch("report.txt", "*.txt"), fnmatch.fnmatchcase("A.TXT", "*.txt"))
print(fnmatch.filter(["a.py", "b.txt", "c.py", "d.pyc"], "*.py"), fnmatch.translate("data_??.csv"))
