# Circular imports: the second import sees the partially run module.
import sys
import imported_circular_a

print(imported_circular_a.second)
print(imported_circular_a.imported_circular_b.seen)
print(sys.modules["imported_circular_b"].imported_circular_a is imported_circular_a)
