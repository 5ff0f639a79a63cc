# keyword 'class' used as a name
class = 'x'
