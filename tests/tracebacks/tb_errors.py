class ModError(Exception):
    pass
class Outer:
    class Inner(Exception):
        pass
