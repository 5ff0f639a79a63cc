# An uncaught error of compile() on a hand-made tree.
import _ast as ast

tree = ast.Module([ast.Expr(ast.Name("x", ast.Load()))], [])
compile(tree, "<tree>", "exec")
