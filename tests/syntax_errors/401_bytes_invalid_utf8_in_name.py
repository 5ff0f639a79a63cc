# A Latin-1 byte in a name: decoded when the name ends
xö = 1
