# missing colon after while condition
while True
    break
