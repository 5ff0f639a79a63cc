name = "x"
message = "value: " + 5
