# Class bodies and closures: the __class__ cell of methods, names a class
# binds that its methods take from the enclosing function (free_class),
# class bodies reading enclosing variables (LOAD_CLASSDEREF), nested classes.
class B:
    def g(self):
        return __class__

    def h(self):
        return lambda: __class__.__name__


print(B().g() is B, B().h()())


def factory(tag):
    count = len(tag)

    class Made:
        label = "class " + tag
        size = [count * i for i in range(3)]

        def describe(self):
            return tag, count, __class__.label

        class Inner:
            seen = count

            def method(self):
                return tag
    return Made


M = factory("xy")
print(M.label, M.size, M().describe(), M.Inner.seen, M.Inner().method())


def shadowed():
    value = "function"

    class C:
        value = "class"
        read = value

        def get(self):
            return value
    return C.read, C().get()


print(shadowed())

# A method using __class__ and its class reach each other (class -> function
# -> cell -> class): without a cycle collector, break the cycles by hand.
del B.g, B.h, M.describe
