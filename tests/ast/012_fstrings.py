# f-strings: conversions, format specs, nested specs, '=', triple-quoted multi-line, concatenation mixes.
name = "world"
width = 10
precision = 3
value = 3.14159
items = [1, 2, 3]
a = f"hello {name}"
b = f'{name!r} {name!s} {name!a}'
c = f"{value:.2f} {value:{width}.{precision}f} {value:>{width}}"
d = f"{value=} {name = } {value=:.1f} {name=!r} {name=!s:>20}"
e = f"{{literal braces}} {{{name}}} }}{{"
f = f"""multi
line {name}
  {value:>10.3f}
end {items[0]!r}"""
g = f'''{
    name
}'''
h = "plain " f"fmt {name}" ' more ' f'{value}' "tail"
i = f"{'nested ' + 'quotes'}" f'{"dq"}' f"""{'''tq'''}"""
j = f"{f'{name}'}" f"""{f'{f"{name}"}'}"""
k = rf"raw {name} \d" fr'{value}\n' Rf"{name}" fR'{name}' RF"x" FR"y"
l = F"upper {name}" F'{value}'
m = f"{name}" "" f"" ''
n = f"{(lambda: 1)()}" f"{(lambda x: x)(1)}"
o = f"{items[0]:{'>'}{width}}" f"{ {'a': 1}['a'] }" f"{ {1, 2} }"
p = f"{value:%}" f"{value:,}" f"{12345:_x}" f"{value:{'+'}{'^'}{width}.{precision}}"
q = f"{name:}" f"{name!r:}" f"{value!r:^{width}}"
r = f"{3 if True else 4} {(x := 5)} {x}" f"{*items,}" f"{yield_:=^10}" if False else ""
s = f"{name}{name}{name}" f"{{}}" f"{{" f"}}"
t = f"héllo {name} wörld {value:.{precision}f} ✓"
u = f"{ name }" f"{  value  :  >10 }"
v = f"{name!r}=" f"{'a' 'b'}" f"{items!r:>{width}}"
w = (f"a{name}"
     f"b{value}"
     "c")
xx = f"""
{name
 }{
value}
"""
yy = f"{items[1:2]}{items[::-1]}{items[-1]}"
zz = f'{name:{width}}{"x":{width}}'
aa = f"{3!r:>{4}}" f"{'abc':{'<'}{5}.{2}}"
bb = f"\n\t{name}\x41\N{BULLET}"
cc = f'{a}{b}' f'{c}' 'd' 'e' f'{f}'
dd = f"{value:{width}{'.'}{precision}{'f'}}"
ee = f"{a!=b}" f"{a==b}" f"{a:=1}" f"{a<=b}" f"{a>=b}" f"{a=!r:>10}"
ff = f'{x!r:=^10}' f"{a:{b}=}" f"{a = !s}"
gg = f"{'#'}" f"{'{'}" f"{'}'}" f"{'!'}" f"{':'}"
hh = f"{a:}}}" f"{{{{a}}}}" f"{a}}}" f"{{{a}"
