# A circular import reads an attribute its partner has not set yet:
# AttributeError names the partially initialized module.
import imported_cache6_cycle_a
