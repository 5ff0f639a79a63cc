a = 5
b = 0
c = a   %   b
