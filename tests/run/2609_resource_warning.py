# ResourceWarning "unclosed file <...>" when a file object is finalized
# open (CPython's _io _dealloc_warn chain); ignored by the default filters.
import gc
import io
import os
import re
import warnings

directory = "/tmp/krait_2609_%d" % os.getpid()
os.mkdir(directory)
os.chdir(directory)
path = "data.txt"
with open(path, "w", encoding="utf-8") as f:
    f.write("text\n")


def leak(opener):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        f = opener()
        f = None
        gc.collect()
    for w in caught:
        message = re.sub(r"name=\d+", "name=N", str(w.message))
        print(w.category.__name__, message)
    if not caught:
        print("no warning")


leak(lambda: open(path, encoding="utf-8"))
leak(lambda: open(path, "rb"))
leak(lambda: open(path, "rb", buffering=0))
leak(lambda: open(path, "a", encoding="latin-1"))
leak(lambda: io.StringIO("x"))
leak(lambda: open(os.open(path, os.O_RDONLY), "rb", closefd=True))
fd = os.open(path, os.O_RDONLY)
leak(lambda: open(fd, "rb", closefd=False))
os.close(fd)


def closed_one():
    f = open(path, encoding="utf-8")
    f.close()
    return f


leak(closed_one)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    f = open(path, encoding="utf-8")
    f = None
    print("error filter: unraisable, not raised")
# By default nothing is shown.
f = open(path, encoding="utf-8")
del f
os.remove(path)
os.chdir("/")
os.rmdir(directory)
print("done")
