# while/else with empty else block at end of file
while x:
    pass
else:
