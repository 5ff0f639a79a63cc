# hashlib over _hashlib (OpenSSL): every guaranteed algorithm, HASH and
# HASHXOF objects, new() by name, hmac, pbkdf2_hmac, scrypt, compare_digest,
# and the stdlib users (uuid5, secrets, file_digest).
import _hashlib
import hashlib
import hmac
import io
import secrets
import uuid

inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 40]
for name in sorted(hashlib.algorithms_guaranteed):
    for data in inputs:
        h = hashlib.new(name, data)
        if name.startswith("shake"):
            print(name, h.hexdigest(20), h.digest(7).hex(), h.digest_size, h.block_size)
        else:
            print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)

h = hashlib.sha256()
for piece in [b"a", bytearray(b"b"), memoryview(b"c")]:
    h.update(piece)
copy = h.copy()
copy.update(b"d")
print(h.hexdigest(), copy.hexdigest(), hashlib.sha256(b"abcd").hexdigest() == copy.hexdigest())
print(type(h).__name__, type(hashlib.shake_128()).__name__, type(hashlib.shake_128()).__mro__[1].__name__)
print(repr(h).startswith("<sha256 _hashlib.HASH object @ 0x"), repr(hashlib.shake_256()).startswith("<shake_256 _hashlib.HASHXOF"))
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest(), hashlib.new("SHA256", b"x").name, hashlib.new("sha512_256").name)
print(hashlib.new("ripemd160", b"abc").hexdigest(), hashlib.new("md5-sha1", b"abc").digest_size)
print(sorted(hashlib.algorithms_available - _hashlib.openssl_md_meth_names))
print(sorted(_hashlib.openssl_md_meth_names))
print(sorted(_hashlib._constructors.values()), hashlib.sha1 is _hashlib.openssl_sha1)
print(hashlib.shake_128(b"").digest(0), _hashlib.get_fips_mode(), hashlib.sha3_256.__name__)

print(hmac.new(b"key", b"message", "sha256").hexdigest())
print(hmac.new(b"key", b"message", hashlib.sha1).hexdigest())
print(hmac.new(b"key", digestmod="md5").name, hmac.new(b"k" * 200, b"m", "sha512").hexdigest()[:32])
mac = hmac.new(b"key", digestmod=hashlib.sha256)
mac.update(b"mess")
twin = mac.copy()
twin.update(b"age")
print(mac.hexdigest(), twin.hexdigest(), twin.digest_size, twin.name)
print(hmac.digest(b"key", b"message", "sha384").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
raw = _hashlib.hmac_new(b"k", b"m", "sha256")
print(raw.name, raw.hexdigest(), repr(raw).startswith("<sha256 HMAC object @ "))
print(_hashlib.hmac_digest(b"k", b"m", "sha1").hex())

print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 10).hex())
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=32).hex())
print(hashlib.file_digest(io.BytesIO(b"file data"), "sha224").hexdigest())
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "https://example.org"))
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(9)))

errors = [
    lambda: _hashlib.new("foo"), lambda: _hashlib.new(1), lambda: _hashlib.new("md5", "x"),
    lambda: _hashlib.new("md5", 1), lambda: hashlib.md5().update("x"), lambda: hashlib.shake_128().digest(),
    lambda: hashlib.shake_128().digest(-1), lambda: _hashlib.hmac_new(b"k", b"m", "foo"),
    lambda: _hashlib.hmac_new(b"k", b"m"), lambda: _hashlib.hmac_new(b"k", b"m", None),
    lambda: _hashlib.hmac_new(b"k", b"m", print), lambda: _hashlib.hmac_new("k", b"m", "md5"),
    lambda: _hashlib.pbkdf2_hmac("sha1", b"p", b"s", 0), lambda: _hashlib.pbkdf2_hmac("foo", b"p", b"s", 1),
    lambda: _hashlib.pbkdf2_hmac("sha1", b"p", b"s", 1, 0), lambda: _hashlib.pbkdf2_hmac(1, b"p", b"s", 1),
    lambda: _hashlib.pbkdf2_hmac("sha1", "p", b"s", 1), lambda: _hashlib.compare_digest("a", b"a"),
    lambda: _hashlib.compare_digest("é", "é"), lambda: _hashlib.compare_digest(1, 1),
    lambda: _hashlib.scrypt(b"p", salt=b"s", n=3, r=8, p=1), lambda: _hashlib.scrypt(b"p", n=4, r=8, p=1),
    lambda: _hashlib.scrypt(b"p", salt=b"s", r=8, p=1), lambda: _hashlib.scrypt(b"p", salt=b"s", n=4, p=1),
    lambda: _hashlib.new("md5", string=b"x", data=b"y"), lambda: type(_hashlib.new("md5"))(),
    lambda: hashlib.new("nope"),
]
for function in errors:
    try:
        print(repr(function()))
    except Exception as error:
        print(type(error).__name__, error)
