# error deep in a realistic program: assignment to keyword
def compute(values):
    total = 0
    for v in values:
        total += v
    mean = total / len(values)
    None = mean
    return mean
