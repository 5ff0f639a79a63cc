# An uncaught ImportError from a module without a file.
from sys import argv, no_such_name
