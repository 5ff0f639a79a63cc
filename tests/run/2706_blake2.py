# _blake2: blake2b and blake2s with digest size, key, salt, person and the
# tree-hashing parameters, as hashlib.blake2b/blake2s.
import _blake2
import hashlib

for constructor in [hashlib.blake2b, hashlib.blake2s]:
    print(constructor.__name__, constructor.SALT_SIZE, constructor.PERSON_SIZE, constructor.MAX_KEY_SIZE,
          constructor.MAX_DIGEST_SIZE)
    for data in [b"", b"abc", bytes(range(256)) * 5]:
        print(constructor(data).hexdigest())
    print(constructor(b"abc", digest_size=16).hexdigest(), constructor(b"abc", key=b"secret").hexdigest())
    print(constructor(b"abc", salt=b"salty", person=b"me").hexdigest())
    print(constructor(b"abc", fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=20,
                      last_node=True).hexdigest())
    print(constructor(b"x" * 64, key=b"k" * constructor.MAX_KEY_SIZE, digest_size=1).hexdigest())
    h = constructor(digest_size=20)
    h.update(b"ab")
    c = h.copy()
    c.update(b"c")
    print(h.hexdigest(), c.hexdigest(), c.digest() == constructor(b"abc", digest_size=20).digest(), c.name,
          c.digest_size, c.block_size)
    for data_size in [63, 64, 65, 127, 128, 129]:
        whole = constructor(b"q" * data_size).hexdigest()
        pieces = constructor()
        for _ in range(data_size):
            pieces.update(b"q")
        print(data_size, whole[:16], pieces.hexdigest() == whole)
print(hashlib.new("blake2b", b"abc").hexdigest()[:16], hashlib.blake2b is _blake2.blake2b)
print(_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_SALT_SIZE)


try:
    class Sub(hashlib.blake2s):
        pass
except TypeError as error:
    print("TypeError", error)

errors = [
    lambda: hashlib.blake2b(digest_size=0), lambda: hashlib.blake2s(digest_size=33),
    lambda: hashlib.blake2b(key=b"k" * 65), lambda: hashlib.blake2s(salt=b"s" * 9),
    lambda: hashlib.blake2b(person=b"p" * 17), lambda: hashlib.blake2b(fanout=256),
    lambda: hashlib.blake2b(depth=0), lambda: hashlib.blake2b(leaf_size=2**32), lambda: hashlib.blake2b(leaf_size=-1),
    lambda: hashlib.blake2s(node_offset=2**48), lambda: hashlib.blake2b(node_depth=256),
    lambda: hashlib.blake2b(inner_size=65), lambda: hashlib.blake2b("x"), lambda: hashlib.blake2b(b"x", b"y"),
    lambda: hashlib.blake2b().update("x"), lambda: hashlib.blake2b(key="x"),
]
for function in errors:
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)
