# the UTF-8 error is found before the truncated escape
y = "\x1 ö"
