# Positions of expressions inside f-strings: nested, multi-line, concatenated, non-ASCII before fields.
x = f"{a}"
x = f"ab{a}cd{b.c}ef{d[0]!r:>{e}}"
x = f"äö{a}ü{b + c}"
x = "ä" f"{a}" "ö" f"{b}"
x = (f"{a}"
     f"{b}"
     f"{c}")
x = f"""
{a}
  {b +
   c}
"""
x = f"{f'{a}'}"
x = f"{ a }" f"{  b  }"
x = f"{a:{b}{c}}"
x = f"{a=}" f"{ b = }"
x = f'{"ä"}{a}'
x = f(f"{a}", key=f"{b}")
x = f"{a}" if f"{b}" else f"{c}"
x = rf"\d{a}\w{b}"
x = f"{'''ä'''}{a}"
x = f"{a!r}{b!s}{c!a}"
def g(p=f"{a}"): return f"{p}"
x = f"{{{a}}}"
x = f"{a}{b}" f"" f"{c}"
x = f"{[a, b]}{(c, d)}{ {e: f} }"
x = f"{a if b else c}"
x = f"{(lambda: a)()}"
x = f"{a.b.c}"
x = f"{a}\n{b}"
x = f"\N{BULLET} {a}"
x = f"{b}{b}" f"{bb}{b}" f"b{b}" f"{a.b}{a}" f"{x:{x}}"
x = f"{a}" + f"{a}"
x = (f"{a}"
     f"{a}")
x = f"""
{a}
{a}"""
x = f"{ a}{a }{ a }"
