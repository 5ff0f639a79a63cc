# PEP 563 with the libraries that read annotations: dataclasses (ClassVar
# and InitVar recognised from the strings), typing.get_type_hints (forward
# references resolved late), inspect.signature,
# typing.NamedTuple and TypedDict, functools.singledispatch on a string annotation.
from __future__ import annotations
import dataclasses
import functools
import inspect
import typing
from dataclasses import InitVar, dataclass, field
from typing import Any, ClassVar, NamedTuple, Optional, TypedDict

@dataclass
class Node:
    value: int = 0
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0
    quoted: "ClassVar[int]" = 1
    scale: InitVar[float] = 1.0
    typing_classvar: typing.ClassVar[str] = "cv"

    def __post_init__(self, scale):
        self.value = int(self.value * scale)

print([f.name for f in dataclasses.fields(Node)])
print([(f.name, f.type) for f in dataclasses.fields(Node)])
print(Node(3, scale=2.0))
print(inspect.signature(Node))
print(Node.__annotations__)

@dataclass(frozen=True, order=True)
class Point:
    x: float
    y: float = 0.0

print(sorted([Point(2, 1), Point(1, 5)]), Point(1) < Point(2))

hints = typing.get_type_hints(Node)
print(hints["children"], hints["parent"], hints["count"])

def function(a: Node, b: Optional[Point] = None) -> list[Node]:
    return [a]

print(typing.get_type_hints(function))
print(inspect.signature(function))
print(inspect.signature(function, eval_str=True))
print(inspect.get_annotations(function, eval_str=True))

def broken(x: DoesNotExist) -> int: ...
try:
    typing.get_type_hints(broken)
except NameError as error:
    print("NameError:", error)

class Pair(NamedTuple):
    first: int
    second: Node = None

print(Pair(1), Pair.__annotations__, Pair._fields)

class Movie(TypedDict, total=False):
    title: str
    year: int

print(Movie.__annotations__, sorted(Movie.__optional_keys__))

@functools.singledispatch
def describe(value) -> str:
    return "object"

@describe.register
def _(value: int) -> str:
    return "int"

@describe.register
def _(value: list) -> str:
    return "list"

print(describe(1), describe([]), describe("s"))
