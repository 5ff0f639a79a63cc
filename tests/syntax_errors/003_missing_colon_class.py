# missing colon after class header
class C(Base)
    pass
