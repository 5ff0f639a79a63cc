# exit() and quit() (the site module's) raise SystemExit; builtins' constants and OSError's aliases.
import builtins
print(getattr(builtins, "True"), getattr(builtins, "None"), IOError is OSError, EnvironmentError.__name__)
try:
    exit(3)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    quit()
except SystemExit as e:
    print("code", e.code, e.args)
print("leaving")
exit("bye")
