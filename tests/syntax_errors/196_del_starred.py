# cannot delete starred
del *a
