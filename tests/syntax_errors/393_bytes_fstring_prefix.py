# bytes prefix combined with f
x = bf'{a}'
