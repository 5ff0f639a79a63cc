"""Circular imports: a imports b, which imports a while a is half done."""
print("a starts")
first = "a.first"
import imported_circular_b
second = "a.second, b saw " + imported_circular_b.seen
print("a ends")
