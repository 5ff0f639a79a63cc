import sys
sys.nonexistent
