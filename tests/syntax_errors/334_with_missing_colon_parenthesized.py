# parenthesized with items missing colon
with (a as b, c as d)
    pass
