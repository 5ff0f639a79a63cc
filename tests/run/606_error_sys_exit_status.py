# sys.exit(n) ends the program with status n, running finally blocks.
import sys

try:
    sys.exit(3)
finally:
    print("finally runs")
