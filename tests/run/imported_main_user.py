"""Imports __main__, the program being run."""
import __main__

print("the main module's marker:", __main__.marker, __main__.__name__)
