# _hashlib.new names an unknown digest: UnsupportedDigestmodError, a ValueError.
import _hashlib

print(_hashlib.UnsupportedDigestmodError.__mro__)
_hashlib.new("no-such-digest")
