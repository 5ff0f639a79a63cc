# An uncaught instance of an exception subclass with a custom __str__.
class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code
    def __str__(self):
        return "application error " + str(self.code)
print(AppError(1))
raise AppError(2)
