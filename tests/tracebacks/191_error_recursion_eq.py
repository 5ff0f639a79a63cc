class C:
    def __eq__(self, other):
        return self == other
C() == C()
