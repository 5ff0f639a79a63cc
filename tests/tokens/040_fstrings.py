name = "x"
a = f'hello {name}' F"{name!r:>10}" rf'{name}\d' fR"{name}" Rf'x' FR"y"
b = f'''multi
{name}
line'''
c = f"{'nested'}" f'{{literal}}' f"{name=}"
d = f'{a["k"]}' + f"{ {1: 2}[1] }"
