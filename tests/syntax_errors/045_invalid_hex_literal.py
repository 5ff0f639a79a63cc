# invalid hexadecimal literal
x = 0x1G
