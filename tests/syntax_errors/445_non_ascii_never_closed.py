nom = "café"; x = (1 +
