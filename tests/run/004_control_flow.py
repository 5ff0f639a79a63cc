# if/elif/else, while with break/continue/else, for over range, and/or/not,
# conditional expressions and chained comparisons.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in range(-2, 13, 5):
    print(v, classify(v))

i = 0
total = 0
while i < 100:
    i += 1
    if i % 3 == 0:
        continue
    if i > 20:
        break
    total += i
else:
    print("not reached")
print(i, total)

n = 5
while n > 0:
    n -= 2
else:
    print("while else", n)

for k in range(3):
    pass
else:
    print("for else", k)

for k in range(10):
    if k == 4:
        break
else:
    print("not reached")
print("broke at", k)

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 != 2, 0 < 0 <= 0)
print(1 and 2, 0 and 2, 1 or 2, 0 or 0.0, None or "default", "" and 1, not 1, not None)
x = 7
print("odd" if x % 2 else "even", x if x > 5 else -x)
print(x is None, x is not None, None is None)
count = 0
for a in range(4):
    for b in range(4):
        if a == b:
            continue
        count += 1
print(count)
print(len(range(0, 10, 3)), range(2, 9, 2), len(range(10, 0, -4)))
