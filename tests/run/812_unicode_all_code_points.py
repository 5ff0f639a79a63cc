# str's predicates and case mappings over every code point (Unicode 14.0, as
# CPython 3.11's database): a digest per method (count, sums of code points).
every = "".join(map(chr, range(0x110000)))


def digest(text):
    codes = list(map(ord, text))
    weighted = sum(i * c for i, c in enumerate(codes)) % 1000000007
    return len(codes), sum(codes), weighted


for name in ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "islower", "isupper",
             "istitle", "isprintable", "isidentifier", "isascii"]:
    method = getattr(str, name)
    print(name, digest("".join(filter(method, every))))
for name in ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]:
    method = getattr(str, name)
    mapped = list(map(method, every))
    changed = [c for c, m in zip(every, mapped) if c != m]
    print(name, len(changed), digest("".join(changed)), digest("".join(mapped)))
print(every.upper() == "".join(map(str.upper, every)), digest(every.lower()))
print(digest(str(every.encode("utf-8", "surrogatepass"), "utf-8", "surrogatepass")) == digest(every))
print(digest(repr(every)), digest(ascii(every)), len(every.split()), len(every.splitlines()))
decimals = "".join(filter(str.isdecimal, every))
print(sum(map(int, decimals)), int(decimals[:40]), float(decimals[10:20]))
