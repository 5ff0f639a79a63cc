# error translate value: CPython's exception and message.
print("abc".translate({97: "x"}))
print("abc".translate({97: 1.5}))
