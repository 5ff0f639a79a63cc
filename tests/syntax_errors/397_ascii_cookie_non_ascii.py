# -*- coding: ascii -*-
# ascii encoding cookie with a non-ASCII byte
x = 'café'
