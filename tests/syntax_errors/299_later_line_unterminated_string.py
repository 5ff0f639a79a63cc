# unterminated string in a dict literal after many lines
CONFIG = {
    "name": "krait",
    "version": "0.1",
    "authors": ["a", "b"],
    "description": "a python implementation,
}
