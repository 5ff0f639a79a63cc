# compound statement after semicolon
x = 1; if x: pass
