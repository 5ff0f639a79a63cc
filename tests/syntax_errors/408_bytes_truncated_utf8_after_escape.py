# with a backslash, each run of non-ASCII bytes is decoded alone
y = "a\nä¸x"
