# An uncaught ModuleNotFoundError.
print("before")
import nosuch_module_anywhere
