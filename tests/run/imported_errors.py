"""Exception classes defined in a module (their display names carry it)."""


class ModuleError(Exception):
    pass


class Outer:
    class Inner(ValueError):
        pass


def fail():
    raise ModuleError("raised in imported_errors")
