"""A package for tests 950-952."""
LOADS = []
