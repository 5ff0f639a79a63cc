"""A module whose __all__ limits `from imported_all import *`."""
__all__ = ["listed", "_listed_private"]
listed = "listed"
_listed_private = "listed though private"
unlisted = "not in __all__"
