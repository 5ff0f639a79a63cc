import imported_cache6_cycle_b
LATE = 1
