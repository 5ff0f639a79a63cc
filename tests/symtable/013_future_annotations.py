"""Docstring first."""
from __future__ import annotations
from __future__ import generator_stop


def f(a: int, b: (lambda: 1)) -> Ret:
    local: LocalType = 1
    return local


class C:
    attr: AttrType
    value: Annotation = 2


x: ModuleType
leak: [(z := 1) for q in r]
