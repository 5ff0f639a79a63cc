# A method-wrapper given keyword arguments.
print((1).__repr__())
(1).__repr__(x=1)
