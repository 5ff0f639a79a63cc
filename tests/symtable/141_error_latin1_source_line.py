# -*- coding: latin-1 -*-
def f(é, é):
    pass
