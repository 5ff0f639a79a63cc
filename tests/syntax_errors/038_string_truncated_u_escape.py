# truncated \u escape in str literal
x = '\u12'
