# Realistic program: dataclass-style inventory module mixing classes, comprehensions, f-strings, exceptions.
from __future__ import annotations

import dataclasses as dc
import json
from collections import defaultdict
from typing import Iterable, Iterator, Optional

__all__ = ["Item", "Inventory", "InventoryError"]

DEFAULT_TAX: float = 0.2
_registry: dict[str, type] = {}


class InventoryError(Exception):
    """Raised when the inventory is inconsistent."""

    def __init__(self, message: str, *, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def register(cls):
    _registry[cls.__name__.lower()] = cls
    return cls


@register
@dc.dataclass(frozen=True, slots=True)
class Item:
    name: str
    price: float
    quantity: int = 0
    tags: tuple[str, ...] = ()

    @property
    def total(self) -> float:
        return self.price * self.quantity

    def with_tax(self, rate: float = DEFAULT_TAX) -> float:
        return round(self.total * (1 + rate), 2)

    def __str__(self):
        tags = ", ".join(sorted(self.tags)) or "-"
        return f"{self.name:<12} {self.quantity:>4} x {self.price:8.2f} = {self.total:10.2f} [{tags}]"


class Inventory(Iterable[Item]):
    def __init__(self, items: Optional[Iterable[Item]] = None):
        self._items: dict[str, Item] = {i.name: i for i in items or ()}
        self._by_tag = defaultdict(set)
        for item in self._items.values():
            for tag in item.tags:
                self._by_tag[tag].add(item.name)

    def __iter__(self) -> Iterator[Item]:
        yield from sorted(self._items.values(), key=lambda i: (-i.total, i.name))

    def __len__(self):
        return len(self._items)

    def __getitem__(self, name):
        try:
            return self._items[name]
        except KeyError as exc:
            raise InventoryError(f"no item {name!r}", code=2) from exc

    def add(self, item: Item) -> "Inventory":
        if item.name in self._items:
            old = self._items[item.name]
            item = dc.replace(old, quantity=old.quantity + item.quantity)
        elif item.price < 0:
            raise InventoryError("negative price")
        self._items[item.name] = item
        return self

    def tagged(self, *tags: str, mode: str = "any") -> list[Item]:
        match mode:
            case "any":
                names = set().union(*(self._by_tag[t] for t in tags))
            case "all":
                names = set.intersection(*(self._by_tag[t] for t in tags)) if tags else set()
            case other:
                raise ValueError(f"unknown mode {other}")
        return [self._items[n] for n in sorted(names)]

    def summary(self) -> dict[str, float]:
        totals = {}
        for item in self:
            for tag in item.tags or ("untagged",):
                totals[tag] = totals.get(tag, 0.0) + item.total
        return dict(sorted(totals.items(), key=lambda kv: kv[1], reverse=True))

    def to_json(self, indent=2) -> str:
        return json.dumps([dc.asdict(i) for i in self], indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Inventory:
        data = json.loads(text)
        return cls(Item(**{**d, "tags": tuple(d.get("tags", []))}) for d in data)


def main(argv: list[str] | None = None) -> int:
    inv = Inventory([
        Item("apple", 0.5, 100, ("fruit", "fresh")),
        Item("pear", 0.75, 40, ("fruit",)),
        Item("hammer", 12.0, 3, ("tool",)),
    ])
    inv.add(Item("apple", 0.5, 20)).add(Item("saw", 20.0, 1, ("tool",)))
    for line in map(str, inv):
        print(line)
    print(*(f"{k}: {v:.2f}" for k, v in inv.summary().items()), sep="\n")
    try:
        inv["banana"]
    except InventoryError as e:
        print("error:", e, e.code)
    else:
        return 1
    finally:
        print("done")
    total = sum(i.with_tax() for i in inv if i.quantity > 0)
    return 0 if total > 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
