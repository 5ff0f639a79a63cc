# cannot assign to False inside tuple target
a, False = 1, 2
