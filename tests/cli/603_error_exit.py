# sys.exit from a -c or stdin program.
import sys

print("exiting")
sys.exit(4)
