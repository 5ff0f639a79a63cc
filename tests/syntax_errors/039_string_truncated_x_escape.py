# truncated \x escape in str literal
x = 'abc\x4'
