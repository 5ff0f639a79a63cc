# Unbounded recursion: RecursionError after the traceback collapses.
def down(n):
    return down(n + 1)

down(0)
