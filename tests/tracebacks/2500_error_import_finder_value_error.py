# With a finder on sys.meta_path the import goes through importlib, and
# the traceback loses importlib's frames between the import and the
# module's code, as CPython's import.c removes them.
import sys


class Finder:
    @classmethod
    def find_spec(cls, name, path, target=None):
        return None


sys.meta_path.insert(0, Finder)
import tb_raises_on_import
