# typographic quotes instead of ASCII quotes
x = “hello”
