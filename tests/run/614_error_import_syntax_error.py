# A SyntaxError in an imported module, uncaught: the display ends with it.
print("importing")
import imported_syntax_error
