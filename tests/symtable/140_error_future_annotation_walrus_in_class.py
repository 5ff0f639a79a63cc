from __future__ import annotations
class C:
    value: [(z := 1) for q in r] = 2
