def f(a: int, b: "str" = None, *args: tuple, c: Cls, **kw: dict) -> ret:
    local: LocalType = 1
    bare: BareType
    return local


class C:
    attr: AttrType
    other: OtherType = default
    (paren): ParenType = 3


x: ModuleType
obj.attr: AttrAnn = 1
seq[0]: SubAnn = 2
lam = lambda: 0
