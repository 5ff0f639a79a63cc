# slice syntax in call argument
f(1:2)
