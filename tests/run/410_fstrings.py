# f-strings: FORMAT_VALUE, FORMAT_WITH_SPEC, CONVERT_VALUE (!s !r !a), nested
# format specs, = (expanded by the parser) and BUILD_STRING (in chunks when
# there are many parts).
x = 42
name = "Ünï"
print(f"{x}", f"x={x}!", f"{x=}", f"{x!r:>6}", f"{name!a}", f"{name!r}", f"{name!s:*^9}")
print(f"", f"plain", f"{{}}", f"{x:{x}}|", f"{3.14159:.{2}f}", f"{x:#x} {x:08b} {x:,}")
w, p = 10, 3
print(f"{3.14159:{w}.{p}}|", f"{'abc':>{w}}|", f"{True} {None} {[1, 'a']} {(1,)}")
class V:
    def __format__(self, spec):
        return "V(" + spec + ")"
    def __repr__(self):
        return "rV"
    def __str__(self):
        return "sV"
v = V()
print(f"{v}", f"{v:abc}", f"{v!r}", f"{v!s}", f"{v!r:>5}", f"{v=}", f"{v=:q}")
def trace(s):
    print("eval", s)
    return s
print(f"{trace('a')}{trace('b'):{trace('>3')}}")
big = f"{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}-{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}{x}"
print(big, len(big))
def local():
    s = "x"
    s = f"<{s}>{s}"
    return s
print(local(), f"{'nested ' + f'{x}'}", f"{x if x else 0}", f"{[i for i in range(3)]}")
print(f"{x!r}" "tail", "head" f"{x}", f'''{
x
}''')
print(f"{1.5e300 * 1e10}", f"{-0.0}", f"{10**20}", f"{'q'!a:3}|", f"{'é'!a}", f"{1:{''}}", f"{1:{'>'}{3}}")
