# def with positional parameters and defaults, return, recursion, globals.
def add(a, b=10, c=100):
    return a + b + c

print(add(1), add(1, 2), add(1, 2, 3))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(30))

counter = 0

def bump(step=1):
    global counter
    counter += step
    return counter

bump()
bump(5)
print(counter)

def noreturn():
    x = 1

print(noreturn())

def uses_global():
    return counter * 2

print(uses_global())

def outer(n):
    def inner(k):
        return k * 2
    return inner(n) + 1

print(outer(20))

default_base = 3

def power(x, base=default_base):
    return base ** x

default_base = 100
print(power(4))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))
print(len("abc"), print is print, len)
