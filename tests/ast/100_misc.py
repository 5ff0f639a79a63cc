"""Module docstring: misc statements — semicolons, backslash continuations, docstrings, ellipsis."""
x = 1; y = 2; z = 3
x = 1;
a = 1 + \
    2 + \
    3
if a \
        and b:
    pass
def f():
    "function docstring"
    ...
class C:
    '''class docstring'''
    ...
...
Ellipsis
x = ...
x = a[...]
x = a[..., 1:2]
def g(x: ... = ...) -> ...: ...
"not a docstring, just an expression"
1
None
True
False
(1)
(x)
[]
{}
()
x; y; z
if x: pass; pass
while x: break;
for i in x: continue;
def h(): return; 
# comment only line
    # indented comment line

   # another


x = (
    # comment inside parens
    1  # trailing
    # more
)
x = [
    1, 2,  # trailing
]
lambda: ...
x = 1 if True else ...
