# cannot use assignment expressions with subscript
(a[0] := 1)
