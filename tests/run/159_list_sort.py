# list.sort (list_sort_method): keys, reverse, stability, and a list changed during its sort (needs list.sort registered and try/except).
items = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
items.sort(key=lambda item: item[1])
print(items)
items.sort(key=lambda item: item[1], reverse=True)
print(items)
numbers = [3, 1, 2]
print(numbers.sort(), numbers)
seen = []
def key(x):
    seen.append(len(numbers))
    return -x
numbers.sort(key=key)
print(numbers, seen)
def meddle(x):
    numbers.append(x)
    return x
try:
    numbers.sort(key=meddle)
except ValueError as error:
    print("ValueError:", error, numbers)
try:
    numbers.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error, numbers)
try:
    [1, "a", 2].sort()
except TypeError as error:
    print("TypeError:", error)
try:
    numbers.sort(1)
except TypeError as error:
    print("TypeError:", error)
