# memoryview over bytes and bytearray: items, slices, casts, release, exports, comparisons.
m = memoryview(b'abc')
print(m.shape, m.strides, m.ndim, m.suboffsets, m.c_contiguous, m.obj, m.nbytes, m[::-1].strides, m[::2].tobytes(), m[::-1].c_contiguous, m[::2].contiguous)
print(m == b'abc', m == bytearray(b'abc'), m == memoryview(b'abc'), m[::2] == b'ac', memoryview(b'ab').cast('b') == b'ab', m == 'abc', hash(m) == hash(b'abc'))
for f in [lambda: m[3], lambda: m['a'], lambda: m[1.0], lambda: m.__setitem__(0, 1), lambda: m.__delitem__(0), lambda: hash(memoryview(bytearray(b'a'))), lambda: memoryview('s'), lambda: memoryview(1), lambda: m.cast('x'), lambda: m.cast('i'), lambda: memoryview(b'abcd').cast('i').tolist(), lambda: m.cast('B', (3,)).tolist(), lambda: m[-4], lambda: m[2**70], lambda: m[::2].cast('B'), lambda: memoryview(b'ab').cast('H').cast('i'), lambda: m.cast('B', (2,))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
b = bytearray(b'hello'); v = memoryview(b)
for f in [lambda: v.__setitem__(0, 300), lambda: v.__setitem__(0, 'a'), lambda: v.__setitem__(slice(0,2), b'abc'), lambda: b.append(1), lambda: b.clear(), lambda: b.__iadd__(b'x'), lambda: b.pop(), lambda: b.__setitem__(slice(0,1), b'xy'), lambda: b.__setitem__(slice(0,2), b'xy'), lambda: b.__delitem__(0), lambda: b.extend(b'a'), lambda: b.insert(0,1), lambda: b.remove(104), lambda: b.__imul__(2), lambda: b.__init__(b'xx')]:
    try: print(f(), b)
    except Exception as e: print(type(e).__name__, e)
v.release(); print(repr(v)[:19])
for f in [lambda: len(v), lambda: v[0], lambda: v.tobytes(), lambda: v.release(), lambda: v.obj, lambda: v.format, lambda: v.nbytes, lambda: v.readonly, lambda: v == v, lambda: v == b'']:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
b.append(1); print(b)
with memoryview(b) as w: print(w[0])
print(repr(w)[:19])
c = memoryview(b'ab').cast('c'); print(c[0], c.tolist(), c.format, memoryview(b'\xff').cast('b')[0], memoryview(b'\xff').cast('b').tolist())
print(memoryview(b'abc').hex(), memoryview(b'abc').hex(':'), memoryview(b'abcdef')[::2].hex(), memoryview(b'abc').toreadonly().readonly, memoryview(bytearray(2)).readonly)
print(list(memoryview(b'ab')), 5 in memoryview(bytes(range(9))), bytes(memoryview(b'xy')), bytearray(memoryview(b'xy')), b'a' + memoryview(b'b'))
data = bytearray(range(16))
mv = memoryview(data)
print(mv.cast('H').tolist(), mv.cast('i')[1], mv.cast('q').tolist(), mv.cast('d').itemsize, mv.cast('?')[1], mv.cast('f').nbytes)
words = mv.cast('I')
words[0] = 2**32 - 1
print(data[:4], words[0])
for bad in [lambda: words.__setitem__(0, -1), lambda: words.__setitem__(0, 2**32), lambda: words.__setitem__(0, 1.5)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
mv[2:4] = b'\x00\x00'
mv[::4] = bytes(4)
print(data, mv[1:3].tolist(), mv[-1], mv[::-1][0], len(mv[2:10:3]), mv[2:10:3].tolist())
sub = mv[4:8]
sub[0] = 99
print(data[4], sub.obj is data, int.from_bytes(mv[:2], 'big'), str(memoryview(b'hi'), 'ascii'), memoryview(b'x').tobytes(order=None))
q = memoryview(bytearray(8)).cast('Q'); q[0] = 2**64 - 1; print(q[0], q.tolist())
print(memoryview(b'a') != memoryview(b'b'), memoryview(b'\x01\x00').cast('h') == memoryview(b'\x01\x00').cast('H'))
print(memoryview(b'ab').__eq__(1), memoryview(b'') == b'', bool(memoryview(b'')), len(memoryview(b'abc')[1:]))
