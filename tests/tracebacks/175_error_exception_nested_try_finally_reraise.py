def f():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("cleanup")
    finally:
        print("outer cleanup")

f()
