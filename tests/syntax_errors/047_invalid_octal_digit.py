# invalid digit '8' in octal literal
x = 0o78
