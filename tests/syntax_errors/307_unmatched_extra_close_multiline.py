# one closing paren too many at end of a multi-line call
x = (1,
     2))
