# -*- coding: latin-1 -*-
# UTF-8 BOM together with a non-UTF-8 encoding cookie
x = 1
