class B:
    def __getattr__(self, name):
        return self.other

B().x
