# sys.exit("text"): the text on stderr, exit status 1.
import sys

print("before")
sys.exit("goodbye from sys.exit")
print("never")
