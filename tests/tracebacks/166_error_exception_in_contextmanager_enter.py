class CM:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *args):
        return False

with CM() as c:
    pass
