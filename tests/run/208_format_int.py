# format() of ints: every presentation type, sign, #, 0, fill and
# alignment, width, grouping, and big ints.
values = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234567, -1234567, 2**31, -2**63, 2**64 + 1, -(2**100), True, False]
specs = ["", "d", "b", "o", "x", "X", "n", "#b", "#o", "#x", "#X", "+d", "-d", " d", "+x", " #x",
         "5", "<5", ">5", "^5", "=5", "05", "010", "+010", "#010x", "#010b", "-^11", "*>8", "_<8", "0<6",
         ",", "_", ",d", "_d", "_b", "_o", "_x", "_X", "#_x", "012,", "015_", "09,", "08,d", "+,",
         "20,", "^20,", "=+20,", "#_b", "x<+12,", "010_x", "e", ".2e", "f", ".3f", "%", ".1%", "g", "G",
         "12.3e", "+.2f", ",.2f", "E", "F"]
for v in values:
    for spec in specs:
        print("%r %r %r" % (v, spec, format(v, spec)))
for v in [65, 97, 0x1F600, 0x65E5, 32, 10]:
    print("%r" % format(v, "c"), "%r" % format(v, "^5c"), "%r" % format(v, "*<3c"))
print(format(10**50, ","), format(-(10**30), "_x"), format(2**200, "#o"), format(-(2**65), "b"))
print(format(1234, "日>10,"), format(-5, "😀=8"), format(5, "é^7"))
