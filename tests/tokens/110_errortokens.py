a = $b
c = ?  d
e = `f`
g = 'unterminated
h = r"also unterminated
i =   !
j = a\b
k =  
