# What ast.py adds over _ast's classes: copying nodes, the deprecated names.
import ast
import copy

tree = ast.parse("x = [1, (2, 'a')]\nprint(x)")
clone = copy.deepcopy(tree)
print(ast.dump(clone) == ast.dump(tree), clone.body[0] is not tree.body[0])
print(ast.Num(5).n, ast.Str("s").s, isinstance(ast.Constant(1), ast.Num), ast.Constant(1).n)
