class Key:
    def __hash__(self):
        return hash(self)

d = {Key(): 1}
