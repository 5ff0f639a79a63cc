# sys.stdin/stdout/stderr as io objects: their attributes, writing text and
# bytes in order with print(), replacing and restoring sys.stdout.
import sys
from _io import StringIO

out = sys.stdout
print(type(out).__name__, out.name, out.mode, out.encoding, out.writable(), out.readable(), out.closed)
print(out.buffer.name, out.buffer.mode)
print(out.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stderr.errors)
print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable(), sys.__stdout__ is out)
print(repr(out), repr(sys.stderr))
print("print first")
out.write("then write\n")
out.flush()
out.buffer.write(b"then bytes\n")
print("then print", flush=True)
out.flush()
print(out.write("é\n"))
sys.stdout = StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = out
print(repr(captured))
sys.stderr.write("to stderr\n")
print("done", file=sys.stdout)
