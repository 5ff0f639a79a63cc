# An uncaught struct.error names its class as CPython shows it.
import struct

print(struct.pack(">I", 7))
struct.pack("<h", 1 << 20)
