# _struct: every format code, byte orders, alignment, range errors and
# buffers, against CPython 3.11.
import _struct as struct
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for fmt, vals in [("<ihb", (1, -2, 3)), (">QqHh", (2**64-1, -2**63, 65535, -32768)), ("@cbi", (b"x", -1, 7)), ("=d f e", (1.5, -2.25, 0.1)),
                  ("!?3s5p", (True, b"abcd", b"hello world")), ("<2x i 0s", (9, b"")), ("@Pnl", (2**63, -5, -(2**63))), ("e", (65504.0,)), ("<e", (float('inf'),))]:
    data = struct.pack(fmt, *vals)
    print(fmt, struct.calcsize(fmt), data, struct.unpack(fmt, data))
def p(*a): t(lambda: struct.pack(*a))
for f in 'bBhHiIlLqQnNP':
  for o in '<>@!=':
    for v in [2**70, -2**70, 2**31, -1, 2**63, 70000, 200, -200, 2**32]:
      if o!='@' and f in 'nNP': continue
      p(o+f, v)
for o in '<>@':
  for f in 'efd':
    for v in [1e300, 'x', 10**400, 2**1000, 1e-10, -0.0, float('nan')]:
      p(o+f, v)
t(lambda: struct.pack('i')); p('i', 'a'); p('z', 1); t(lambda: struct.unpack('i', b'ab')); p('c', 'a'); p('c', b'ab'); p('?', []); p('3s', 'a'); p('i', 1.5); p('ii', 1); t(lambda: struct.calcsize('ii3'))
t(lambda: struct.unpack_from('i', b'abc', 1)); t(lambda: struct.pack_into('i', bytearray(2), 0, 1)); t(lambda: struct.iter_unpack('i', b'abc')); t(lambda: struct.Struct('i').format)
s=struct.Struct('<ih')
t(lambda: struct.Struct(1)); t(lambda: struct.pack()); t(lambda: struct.unpack('i')); t(lambda: struct.unpack_from('i', b'abcd', -5)); t(lambda: struct.unpack_from('i', buffer=b'abcd', offset=0)); t(lambda: struct.pack_into('i', bytearray(8), -10, 1)); t(lambda: struct.pack_into('i', bytearray(8))); t(lambda: struct.pack_into('i'));t(lambda: struct.pack_into('i', b'abcd', 0, 1))
t(lambda: struct.iter_unpack('', b'')); t(lambda: list(struct.iter_unpack('<h', b'abcd'))); it=struct.iter_unpack('<h', b'abcd'); t(lambda: it.__length_hint__()); t(lambda: type(it)); t(lambda: struct.unpack('i', 'abcd')); t(lambda: struct.unpack('i', memoryview(b'abcd')))
t(lambda: struct.calcsize('i\0')); t(lambda: struct.calcsize(b'ih')); t(lambda: struct.Struct(b'ih').format); t(lambda: struct.calcsize('99999999999999999999i')); t(lambda: struct.calcsize('@ci')); t(lambda: struct.calcsize('ci')); t(lambda: struct.calcsize('=ci')); t(lambda: struct.calcsize('!ci')); t(lambda: struct.calcsize('c i')); t(lambda: struct.calcsize('0i')); t(lambda: struct.unpack('0s3p2x?', b'\x05ab\x00\x00\x01'))
t(lambda: struct.pack('5p', b'abcdefg')); t(lambda: struct.pack('3s', b'abcdefg')); t(lambda: struct.pack('3s', bytearray(b'ab'))); t(lambda: struct.pack('s', 1)); t(lambda: struct.pack('p', 'a'))
t(lambda: struct.unpack('<e', b'\x00\x7c')); t(lambda: struct.pack('<e', 1.5)); t(lambda: struct.pack('<d', 1)); t(lambda: struct.pack('<i', True)); t(lambda: struct.unpack('?', b'\x02'))
t(lambda: s.size); t(lambda: s.unpack(b'\x01\x00\x00\x00\x02\x00')); t(lambda: s.format); t(lambda: s.pack(1, 2)); b = bytearray(10); s.pack_into(b, 2, 5, 6); print(b, s.unpack_from(b, 2), s.unpack_from(b, offset=-6))
t(lambda: struct.Struct()); t(lambda: struct.calcsize(1)); t(lambda: struct.pack_into('i', bytearray(4), 'a', 1)); t(lambda: struct.unpack_from('i', b'abcd', 'x'))
t(lambda: struct.pack('P', 1.5)); t(lambda: struct.pack('i', 2.0)); t(lambda: struct.pack('c', bytearray(b'a')))
class F:
  def __float__(s): return 2.5
class I:
  def __index__(s): return 3
print(struct.pack('d', F()), struct.pack('d', I()), struct.pack('i', I()))
print(struct.unpack('<Q', b'\xff'*8), struct.unpack('>q', b'\xff'*8), struct.unpack('P', b'\xff'*8), struct.unpack('@?', b'\x05'))
print(struct.unpack('<e', struct.pack('<e', float('nan'))), struct.pack('<e', float('-nan')), struct.pack('<e', 65519.99), struct.pack('>e', 1e-8), struct.pack('<e', 5.96e-8))
print(struct.error, struct.error.__mro__, issubclass(struct.error, Exception), struct.Struct)
print(sorted(n for n in dir(struct) if not n.startswith('__')))
m = memoryview(bytearray(8)); struct.pack_into('<q', m, 0, -2); print(bytes(m))
print([x for x in struct.iter_unpack('<hb', bytes(range(9)))])
