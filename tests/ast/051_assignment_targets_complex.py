# Complex assignment/del/for targets: t_primary chains ending in attribute or subscript, nested starred.
a.b(c).d = 1
a(b)[c] = 1
a[b](c).d[e] = 1
a.b.c().d.e[f:g] = 1
f().x = 1
f()[0] = 1
(f()).x = 1
(a[0]).b[1] = 1
[a.b, (c[d], *e.f)] = g
((a.b), [c[d]]), *(e) = f
a, (b, (c, (d, *e))) = f
[[[a]]] = b
x[1:2].y = 3
"abc".x = 1
(1).real = 1
[].x = 1
{}[0] = 1
a.b: int = 1
a().b: int = 1
a[0]().c[1]: int
a().b += 1
a[0]().c[1] **= 2
del a.b(c).d, a(b)[c], f()[0]
for a.b().c in d: pass
for a[0], b().c, *d[1] in e: pass
with f() as a.b().c, g() as (d[0], *e): pass
[a for a.b().c in d]
x = [y for (a, *b), c in d]
