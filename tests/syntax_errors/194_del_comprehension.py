# cannot delete list comprehension
del [x for x in y]
