# assignment expression targeting a literal
(1 := 2)
