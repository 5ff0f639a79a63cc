def add(a, b):
    return a + b

print("start")
add(1, None)
