# A program given by -c or on standard input: sys.argv, sys.path[0],
# __name__, no __file__, and imports from the current directory.
import sys

print(sys.argv, repr(sys.path[0]), __name__)
try:
    __file__
except NameError as error:
    print(error)
print(sys.modules["__main__"].__name__, __doc__, __package__)
import cli_helper
print(cli_helper.where, cli_helper.absolute, cli_helper.sys is sys)
if __name__ == "__main__":
    print("main guard runs")
