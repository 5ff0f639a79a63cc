# An exception raised inside exec'd code, uncaught.
source = """
def divide(a, b):
    return a / b
print("before")
divide(1, 0)
"""
exec(source, {})
