"""A module with a module-level __getattr__ (PEP 562)."""
present = "here"


def __getattr__(name):
    if name.startswith("dynamic_"):
        return name[len("dynamic_"):].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r} (custom)")
