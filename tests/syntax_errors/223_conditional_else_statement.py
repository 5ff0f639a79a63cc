# conditional expression with statement in else
x = a if b else pass
