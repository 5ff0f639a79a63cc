# Realistic program: tokenizer + Pratt parser + evaluator using match statements heavily.
import operator
import re
from dataclasses import dataclass
from typing import Union

TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/()^%])|([A-Za-z_]\w*))")


@dataclass
class Num:
    value: float


@dataclass
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


@dataclass
class Neg:
    operand: "Expr"


@dataclass
class Var:
    name: str


Expr = Union[Num, BinOp, Neg, Var]

BINDING = {"+": (10, 11), "-": (10, 11), "*": (20, 21), "/": (20, 21), "%": (20, 21), "**": (31, 30)}
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
       "%": operator.mod, "**": operator.pow}


def tokenize(text: str) -> list[tuple[str, str]]:
    pos, out = 0, []
    while pos < len(text.rstrip()):
        if not (m := TOKEN_RE.match(text, pos)):
            raise SyntaxError(f"bad input at {pos}: {text[pos:pos + 5]!r}")
        num, op, name = m.groups()
        out.append(("num", num) if num else ("op", op) if op else ("name", name))
        pos = m.end()
    return out + [("eof", "")]


class Parser:
    def __init__(self, tokens):
        self.tokens, self.i = tokens, 0

    def peek(self):
        return self.tokens[self.i]

    def next(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse(self, min_bp: int = 0) -> Expr:
        match self.next():
            case ("num", text):
                lhs = Num(float(text))
            case ("name", name):
                lhs = Var(name)
            case ("op", "-"):
                lhs = Neg(self.parse(25))
            case ("op", "("):
                lhs = self.parse()
                assert self.next() == ("op", ")"), "expected )"
            case tok:
                raise SyntaxError(f"unexpected {tok}")
        while True:
            match self.peek():
                case ("op", op) if op in BINDING:
                    lbp, rbp = BINDING[op]
                    if lbp < min_bp:
                        break
                    self.next()
                    lhs = BinOp(op, lhs, self.parse(rbp))
                case ("eof", _) | ("op", ")"):
                    break
                case other:
                    raise SyntaxError(f"unexpected {other}")
        return lhs


def evaluate(e: Expr, env: dict[str, float] | None = None) -> float:
    env = env or {}
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(name)
        case Neg(Num(0.0)):
            return 0.0
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("/", _, Num(0.0 | 0)):
            raise ZeroDivisionError
        case BinOp(op=op, left=l, right=r):
            return OPS[op](evaluate(l, env), evaluate(r, env))
        case _:
            raise TypeError(type(e).__name__)


def simplify(e: Expr) -> Expr:
    match e:
        case BinOp("+", Num(0.0), x) | BinOp("+", x, Num(0.0)):
            return simplify(x)
        case BinOp("*", Num(1.0), x) | BinOp("*", x, Num(1.0)):
            return simplify(x)
        case BinOp("*", Num(0.0), _) | BinOp("*", _, Num(0.0)):
            return Num(0.0)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case Neg(Neg(x)):
            return simplify(x)
        case _:
            return e


if __name__ == "__main__":
    for src in ["1 + 2 * 3", "-(4 - 6) ** 2", "x * 1 + 0", "2 ** 3 ** 2 % 7"]:
        tree = simplify(Parser(tokenize(src)).parse())
        print(f"{src!r:>20} => {tree} = {evaluate(tree, {'x': 5.0})}")
