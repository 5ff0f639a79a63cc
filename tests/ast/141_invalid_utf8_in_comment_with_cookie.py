# -*- coding: utf-8 -*-
# A declared UTF-8 encoding is checked token by token too: ö
print("bÃ¶se")  # ÿ
