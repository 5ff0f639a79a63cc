"""Imported by the cli tests from the current directory (sys.path[0] == '')."""
import sys

where = __file__.rpartition("/")[2]
absolute = __file__.startswith("/")
