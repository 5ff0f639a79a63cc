"""Circular imports: b imports the partial a."""
print("b starts")
import imported_circular_a
seen = imported_circular_a.first
try:
    imported_circular_a.second
except AttributeError as error:
    print("b:", error)
try:
    from imported_circular_a import second
except ImportError as error:
    print("b:", str(error).split(" (/")[0], "(...)")
print("b ends")
