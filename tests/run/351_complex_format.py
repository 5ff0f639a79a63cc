# complex.__format__: the format-spec mini-language as CPython 3.11 applies
# it to complex numbers.
values = [1 + 2j, 1j, -1.5 - 0j, complex(-0.0, 0), complex(1e20, -1e-7), complex(float("inf"), float("nan")),
          1234567.891 + 0.001j, -2.5j]
for spec in ["", "g", ">20", "<20", "^21", "*^21", ".2f", "e", "+.3g", " g", ",", "_.2f", ".0f", "#g", "z.1f", "n",
             "E", "F", "10.3", ".3", "-", "+", "#.0e", "G"]:
    line = repr(spec)
    for value in values:
        line += " " + format(value, spec)
    print(line)
print("{0} {0:.1f} {0:>12} {1:+}".format(1 + 2j, 3j))
print("%s %r" % (1 + 2j, 2j))
print((1 + 2j).__format__(".1e"), format(3 - 3j))
