# cannot assign to string literal
'a' = x
