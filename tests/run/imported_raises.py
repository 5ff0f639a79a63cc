"""A module whose body fails: the import fails and leaves no module behind."""
print("imported_raises runs")
partial = "set before the error"
1 / 0
