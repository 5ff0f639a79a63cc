# call with bare '**'
f(**)
