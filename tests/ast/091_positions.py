# Positions: multi-line constructs, non-ASCII text before nodes (byte vs char columns), tabs, end positions.
x = "héllo" + y
s = "日本語テキスト"; t = z
u = "😀😀"  ;  v = ("ü", w, "ß")[0]
f("café", key=value, *args, **kw)
résumé.attr = naïve[1:2]
d = {"ключ": значение, **другое}
if True:
	x = 1
	if x:
		y = "tab-indented ✓" + z
	else:
		pass
result = some_function(
    argument_one,
    "ärgument two",
    keyword=[
        1, 2,
        3,
    ],
)
value = (1 +
         2 *
         3)
text = """first
second ü
third""" + tail
chain = obj.méthod().other(
)[0].last
lam = lambda ä, ö=1: (ä,
                      ö)
def fünction(pärameter: "typ€" = "déf",
             *,
             other=None) -> "rét":
    return pärameter
class Klasse("bäse"):
    attribut: "ä" = "ö"
x = [ "ä" for ü in "öö" if ü ]
y = f"ä{x}ö{y!r}ü{z:>{w}}"
y = f"""ä
{x}
  ö{y}"""
y = ("ä" f"{x}"
     f"ö{y}")
z = "ä" if "ö" else "ü"
match "ä":
    case "ö" | ["ü", *rest] | {"ß": v} | K(a="€"):
        pass
w = a \
    + b \
    + "é"
with ("ä") as ö, ("ü") as ß:
    pass
try:
    pass
except "é" as é:
    pass
assert "ä", "ö"
del ä, ö
import ä.ö as ü
@dëcorator("ä")
def g(): pass
	# tab-indented comment
x = (    # comment with ü
    1)
x  =  1  +  2
x=1+2
"docstring-like expression ü"
ü = -"x" if False else +1
x = await_ if "ä" else ~"b"
