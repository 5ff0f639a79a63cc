# assignment expression targeting True
(True := 1)
