import sys
sys.setrecursionlimit(60)
def f(n):
    return f(n+1)
try:
    f(0)
except RecursionError as e:
    raise ExceptionGroup("g", [e])
