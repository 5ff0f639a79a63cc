try:
    {}["a"]
except KeyError:
    raise ValueError("hidden") from None
