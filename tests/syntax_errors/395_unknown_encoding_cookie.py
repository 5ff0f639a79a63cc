# -*- coding: no-such-codec -*-
# encoding declaration naming an unknown codec
x = 1
