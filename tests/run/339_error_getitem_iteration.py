# An error other than IndexError from __getitem__ ends iteration with it.
class Sequence:
    def __getitem__(self, index):
        if index == 2:
            return {}["missing"]
        return index
for v in Sequence():
    print(v)
