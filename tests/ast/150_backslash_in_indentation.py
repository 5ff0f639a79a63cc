# A backslash continuation inside indentation: in column 0 it leaves the
# continued line's own indentation in force (CPython 3.11).
class A:
\
    x = 1

if x:
  \
        b = 2
  c = 3
