# An in-place operator with neither __isub__ nor __sub__.
class OnlyAdd:
    def __add__(self, other):
        return "added"
q = OnlyAdd()
q += 1
print(q)
q = OnlyAdd()
q -= 1
