# class base list never closed
class C(:
    pass
