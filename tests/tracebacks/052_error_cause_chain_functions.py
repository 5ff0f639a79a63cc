def load():
    raise OSError("disk")

def read():
    try:
        load()
    except OSError as e:
        raise RuntimeError("read failed") from e

read()
