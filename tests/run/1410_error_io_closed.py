# Writing to a closed file: the uncaught ValueError.
path = "/tmp/krait-test-" + __file__.rsplit("/", 1)[-1] + ".txt"
f = open(path, "w")
f.write("x")
f.close()
try:
    import os
    os.remove(path)
except ImportError:
    pass
f.write("y")
