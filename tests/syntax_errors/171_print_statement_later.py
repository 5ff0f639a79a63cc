# Python 2 print statement after valid code
import sys

def main():
    print 'hello', sys.argv
