# dollar sign is not valid
x = $y
