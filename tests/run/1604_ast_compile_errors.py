# compile() of malformed trees: CPython's conversion and validation errors.
import _ast as ast


def attempt(thunk):
    try:
        thunk()
        print("ok")
    except Exception as error:
        message = str(error)
        if " at 0x" in message:
            message = message.split(" at 0x")[0] + ">"
        print(type(error).__name__, message)


P = dict(lineno=1, col_offset=0)


def module(*statements):
    return ast.Module(list(statements), [])


def run(*statements):
    attempt(lambda: compile(module(*statements), "<x>", "exec"))


def name(identifier, context=ast.Load):
    return ast.Name(identifier, context(), **P)


def expression(value):
    return ast.Expr(value, **P)


def case(pattern):
    return ast.Match(name("x"), [ast.match_case(pattern, None, [ast.Pass(**P)])], **P)


Q = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)

# Conversion: missing and mistyped fields.
run(ast.Return())
run(expression(ast.Name("x", ast.Load())))
run(expression(None))
run(expression(ast.Pass(**P)))
run(expression(5))
run(ast.Expr(**P))
run(expression(ast.Constant([1], **P)))
run(expression(ast.Constant(1, kind=5, **P)))
run(expression(ast.Constant(**P)))
run(expression(ast.BinOp(ast.Constant(1, **P), ast.Add, ast.Constant(2, **P), **P)))
run(expression(ast.BinOp(ast.Constant(1, **P), ast.Load(), ast.Constant(2, **P), **P)))
run(expression(ast.Name(5, ast.Load(), **P)))
run(expression(ast.Name("x", 3, **P)))
run(expression(ast.Name(None, ast.Load(), **P)))
run(ast.Expr(name("x"), lineno="a", col_offset=0))
run(ast.Expr(name("x"), lineno=1 << 70, col_offset=0))
run(ast.Expr(name("x"), lineno=None, col_offset=0))
run(ast.Expr(name("x"), end_lineno="x", **P))
run(expression(ast.List((ast.Constant(2, **P),), ast.Load(), **P)))
run(ast.ImportFrom("x", [ast.alias("y")], None, **P))
run(ast.Global([5], **P))
run(ast.FunctionDef("f", None, [ast.Pass(**P)], [], **P))
run(case(ast.MatchAs(None, "y", **P)))
attempt(lambda: compile(ast.Module(5, []), "<x>", "exec"))
attempt(lambda: compile(ast.Module([], 5), "<x>", "exec"))
attempt(lambda: compile(ast.Module([]), "<x>", "exec"))
attempt(lambda: compile(ast.Module([5], []), "<x>", "exec"))
attempt(lambda: compile(ast.Module([ast.Pass(**P)], [ast.TypeIgnore(1)]), "<x>", "exec"))
attempt(lambda: compile(ast.Module([ast.Pass(**P)], [ast.Pass()]), "<x>", "exec"))
attempt(lambda: compile(ast.Module([ast.Pass(**P)], [ast.TypeIgnore(1, "x")]), "<x>", "exec"))

# The mode decides the root's class.
attempt(lambda: compile(ast.Expression(ast.Constant(1, **P)), "<x>", "exec"))
attempt(lambda: compile(ast.Interactive([expression(ast.Constant(5, **P))]), "<x>", "exec"))
attempt(lambda: compile(ast.Expression(ast.Constant(5, **P)), "<x>", "single"))
attempt(lambda: compile(module(), "<x>", "eval"))
attempt(lambda: compile(ast.Pass(), "<x>", "eval"))
attempt(lambda: compile(5, "<x>", "eval"))
attempt(lambda: compile(module(), "<x>", "func_type"))

# Validation.
run(ast.Expr(name("x"), lineno=2, col_offset=0, end_lineno=1))
run(ast.Expr(name("x"), lineno=1, col_offset=5, end_lineno=1, end_col_offset=2))
run(ast.Expr(name("x"), lineno=-1, col_offset=5, end_lineno=1, end_col_offset=2))
run(expression(ast.NamedExpr(ast.Attribute(name("a"), "b", ast.Store(), **P), ast.Constant(1, **P), **P)))
run(expression(ast.Lambda(ast.arguments([], [], None, [], [], None, [ast.Constant(1, **P)]), ast.Constant(1, **P), **P)))
run(expression(ast.Lambda(ast.arguments([], [], None, [ast.arg("x", **P)], [], None, []), ast.Constant(1, **P), **P)))
run(ast.Assign([ast.Call(name("f"), [], [], **P)], ast.Constant(1, **P), **P))
run(ast.Assign([name("x")], ast.Constant(2, **P), **P))
run(ast.Assign([], ast.Constant(2, **P), **P))
run(ast.Delete([name("f")], **P))
run(expression(name("None")))
run(expression(ast.ListComp(name("x"), [], **P)))
run(expression(ast.Compare(name("x"), [ast.Eq(), ast.Lt()], [name("y")], **P)))
run(expression(ast.Compare(name("x"), [], [], **P)))
run(expression(ast.BoolOp(ast.And(), [ast.Constant(2, **P)], **P)))
run(expression(ast.Tuple([ast.Constant(2, **P)], ast.Store(), **P)))
run(expression(ast.Dict([ast.Constant(2, **P)], [], **P)))
run(ast.Try([ast.Pass(**P)], [], [], [], **P))
run(ast.Try([ast.Pass(**P)], [], [ast.Pass(**P)], [ast.Pass(**P)], **P))
run(ast.Raise(None, name("x"), **P))
run(ast.AnnAssign(ast.Attribute(name("a"), "b", ast.Store(), **P), name("int"), None, 1, **P))
run(ast.If(name("x"), [None], [], **P))
run(ast.If(name("x"), [], [], **P))
run(ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], **P))
run(ast.With([], [ast.Pass(**P)], **P))
run(ast.ImportFrom("x", [], None, **P))
run(ast.ImportFrom("x", [ast.alias("y", **P)], -1, **P))
run(ast.Global([], **P))
run(expression(ast.List([None], ast.Load(), **P)))
run(expression(ast.FormattedValue(name("x"), 5, None, **P)))
run(expression(ast.Constant((1, [2]), **P)))
run(expression(ast.Constant(frozenset({1, 2}), **P)))
run(ast.Match(name("x"), [], **P))
run(case(ast.MatchSingleton(5, **Q)))
run(case(ast.MatchValue(name("y"), **Q)))
run(case(ast.MatchValue(ast.Constant(..., **P), **Q)))
run(case(ast.MatchAs(None, "_", **Q)))
run(case(ast.MatchAs(ast.MatchAs(None, None, **Q), None, **Q)))
run(case(ast.MatchStar("y", **Q)))
run(case(ast.MatchOr([ast.MatchAs(None, "y", **Q)], **Q)))
run(case(ast.MatchClass(ast.Call(name("f"), [], [], **P), [], [], [], **Q)))
run(case(ast.MatchMapping([ast.Constant(1, **P)], [], None, **Q)))
run(case(ast.MatchSequence([ast.MatchStar("rest", **Q), ast.MatchValue(ast.UnaryOp(ast.USub(), ast.Constant(1, **P), **P), **Q)], **Q)))

# Deep trees: RecursionError, not a crash.
deep = ast.Constant(1, **P)
for _ in range(5000):
    deep = ast.UnaryOp(ast.USub(), deep, **P)
attempt(lambda: compile(ast.Expression(deep), "<deep>", "eval"))
