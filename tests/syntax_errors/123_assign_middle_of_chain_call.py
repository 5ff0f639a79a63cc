# invalid target in middle of chained assignment
a = f() = b
