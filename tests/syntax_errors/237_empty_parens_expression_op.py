# operator applied to nothing
x = () + 
