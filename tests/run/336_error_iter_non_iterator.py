# __iter__ returning something that is not an iterator.
class BadIter:
    def __iter__(self):
        return [1, 2]
print(list(iter([3])))
for v in BadIter():
    print(v)
