# backtick repr syntax removed
x = `y`
