# A codec's exception is wrapped as CPython's _PyErr_TrySetFromCause does:
# the same type, "encoding with 'x' codec failed (Type: message)", the
# original as __cause__ -- only for types that carry nothing but a message.
import codecs


class PlainError(Exception):
    pass


class RichError(Exception):
    def __init__(self, message, code):
        super().__init__(message, code)


def search(name):
    if name != "testcodec":
        return None

    def encode(text, errors="strict"):
        if text == "plain":
            raise PlainError("plain failure")
        if text == "rich":
            raise RichError("rich failure", 3)
        if text == "two":
            raise ValueError("a", "b")
        if text == "attr":
            error = ValueError("with attribute")
            error.detail = 1
            raise error
        if text == "key":
            raise KeyError("missing")
        if text == "unicode":
            raise UnicodeEncodeError("testcodec", text, 0, 1, "nope")
        if text == "empty":
            raise TypeError
        return b"ok", len(text)

    def decode(data, errors="strict"):
        raise LookupError("cannot decode")

    return codecs.CodecInfo(encode, decode, name="testcodec")


codecs.register(search)
for text in ["fine", "plain", "rich", "two", "attr", "key", "unicode", "empty"]:
    for run in (lambda: text.encode("testcodec"), lambda: codecs.encode(text, "testcodec")):
        try:
            print(run())
        except Exception as error:
            cause = error.__cause__
            print(type(error).__name__, repr(str(error)), type(cause).__name__ if cause else None,
                  error.__suppress_context__)
for run in (lambda: b"x".decode("testcodec"), lambda: codecs.decode(b"x", "testcodec")):
    try:
        run()
    except LookupError as error:
        print(type(error).__name__, error, repr(error.__cause__))
try:
    "a" * 64 + ".com"
    ("a" * 64 + ".com").encode("idna")
except UnicodeError as error:
    print(error, "|", error.__cause__)
b"x".decode("testcodec")
