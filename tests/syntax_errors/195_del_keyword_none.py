# cannot delete None
del None
