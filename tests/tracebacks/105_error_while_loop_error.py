i = 0
while True:
    i += 1
    if i == 3:
        raise StopAsyncIteration("stop at 3")
