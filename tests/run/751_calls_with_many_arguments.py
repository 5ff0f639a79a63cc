# Calls with more arguments than registers (passed as CPython's CALL_FUNCTION_EX does), and big displays.
def f(*args, **kwargs):
    return len(args), sum(args), sorted(kwargs)[:2]
numbers = ", ".join(str(i) for i in range(300))
keywords = ", ".join(f"k{i}={i}" for i in range(12))
exec(f"print(f({numbers}))")
exec(f"print(f({numbers}, {keywords}))")
exec(f"print(f(*range(3), {numbers}, **{{'z': 1}}))")
exec(f"class C:\n    def m(self, *a): return len(a)\nprint(C().m({numbers}))")
body = "; ".join(f"v{i} = {i}" for i in range(200))
names = ", ".join(f"v{i}" for i in range(200))
exec(f"def g():\n    {body}\n    return f({names})\nprint(g())")
exec("a = 1\nx = [" + ", ".join(["a"] * 300) + "]\nd = {" + ", ".join(f"'k{i}': [a, {i}]" for i in range(300)) + "}\nprint(len(x), len(d))")
try:
    exec(f"print(f({numbers}, k0=1, **{{'k0': 2}}))")
except TypeError as e:
    print(e)
