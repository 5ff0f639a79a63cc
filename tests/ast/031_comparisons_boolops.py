# Comparisons (every operator, chains) and boolean operators (and/or flattening, precedence, not).
c = a < b
c = a > b
c = a == b
c = a >= b
c = a <= b
c = a != b
c = a in b
c = a not in b
c = a is b
c = a is not b
c = a < b < c
c = a < b <= c == d != e > f >= g in h not in i is j is not k
c = a and b
c = a or b
c = a and b and c
c = a or b or c
c = a and b or c and d
c = a or b and c or d
c = (a or b) and (c or d)
c = a and (b and c)
c = (a and b) and c
c = (a or b) or c
c = not a and not b or not c
c = not a == b
c = not a in b
c = a is (not b)
c = not (a is not b)
c = a < (b < c)
c = (a < b) < c
c = a + 1 < b * 2 and c | d == e ^ f
c = x if a < b else y if c > d else z
c = a in b in c
c = a not in b not in c
c = a == b == c == d
c = (a
     <
     b)
c = a and \
    b or \
    c
c = a<b<=c
c = a==b!=c
c = 1 < x < 10 and 0 <= y < 5 or not z
