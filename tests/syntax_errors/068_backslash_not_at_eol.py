# backslash continuation followed by text
x = 1 \ + 2
