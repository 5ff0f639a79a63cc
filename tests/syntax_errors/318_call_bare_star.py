# call with bare '*'
f(*)
