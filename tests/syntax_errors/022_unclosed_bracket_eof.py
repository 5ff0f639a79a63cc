# '[' never closed at end of file
values = [1, 2, 3
