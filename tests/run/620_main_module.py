"""The program runs as the module __main__."""
import sys

marker = "main marker"
print(__doc__)
print(__name__, __package__, __spec__, type(__builtins__).__name__)
print(__file__.rpartition("/")[2], sys.modules["__main__"].marker)
main = sys.modules["__main__"]
print(main.__name__, main.__file__ == __file__, main.sys is sys, repr(main).startswith("<module '__main__' from '"))
import imported_main_user
if __name__ == "__main__":
    print("run as a program")
import imported_basic  # its `if __name__ == "__main__"` block does not run
