# An uncaught UnicodeEncodeError from a charmap codec of the encodings package.
'abc\u0100'.encode('cp1252')
