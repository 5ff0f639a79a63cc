class C:
    @property
    def value(self):
        return self._value

C().value
