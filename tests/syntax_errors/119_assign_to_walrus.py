# cannot assign to named expression
(a := 1) = 2
