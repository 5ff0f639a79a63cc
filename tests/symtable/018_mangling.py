class __Private:
    __attr = 1
    __dunder__ = 2

    def __method(self, __arg):
        __local = self.__attr
        return __attr + __arg

    class Inner:
        __inner = __attr

    import __mod
    import __pkg.sub


class _:
    __not_mangled = 1


class _Lead:
    __x = 1

    def f(self):
        global __g
        __g = 1
        return [__c for __c in __y]
