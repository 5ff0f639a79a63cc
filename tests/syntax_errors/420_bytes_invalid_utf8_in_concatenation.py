x = ("ok"
     "b\n"
     "aö")
