"""A module the import tests load (not a test: its name has no number)."""
print("imported_basic runs, __name__ =", __name__)
value = 42
_private = "hidden"


def greet(who):
    return "hello " + who


class Thing:
    def __repr__(self):
        return "Thing()"


if __name__ == "__main__":
    print("never printed when imported")
