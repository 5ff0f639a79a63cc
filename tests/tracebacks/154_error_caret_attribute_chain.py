import sys
sys.path.foo.bar
