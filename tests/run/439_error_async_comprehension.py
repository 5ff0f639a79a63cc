print("never runs")


def not_async(values):
    return [await v for v in values]
