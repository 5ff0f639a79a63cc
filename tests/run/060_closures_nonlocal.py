# Closures: counters with nonlocal, factories, parameters captured as cells.
def counter(start):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

a = counter(0)
b = counter(100)
print(a(), a(), a(5), b(), a())

def make_adder(n):
    def add(x):
        return x + n
    return add

add3 = make_adder(3)
add10 = make_adder(10)
print(add3(1), add10(1), add3(add10(0)))

def accumulator():
    total = 0
    items = []
    def push(value):
        nonlocal total
        total = total + value
        items[len(items):] = [value]
        return total, items
    return push

push = accumulator()
push(1)
push(2)
print(push(3))

def swap_pair(x, y):
    def get():
        return x, y
    def swap():
        nonlocal x, y
        x, y = y, x
    swap()
    first = get()
    swap()
    return first, get()

print(swap_pair("a", "b"))

def shared():
    value = "initial"
    def read():
        return value
    def write(new):
        nonlocal value
        value = new
    return read, write

read, write = shared()
print(read())
write("changed")
print(read())
write(42)
print(read() + 1)
