# cannot assign to generator expression
(x for x in y) = 1
