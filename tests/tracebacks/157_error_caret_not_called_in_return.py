def f():
    return {}.get("a").strip()

f()
