# __iter__ = None: not iterable, even with __getitem__.
class NotIter:
    __iter__ = None
    def __getitem__(self, index):
        return index
print(NotIter()[3])
for v in NotIter():
    print(v)
