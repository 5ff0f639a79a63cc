# dedent to an unknown level inside a class
class C:
    def f(self):
        pass
  def g(self):
        pass
