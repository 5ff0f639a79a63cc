# imaginary literal followed by name character
x = 1jk
