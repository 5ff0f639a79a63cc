# starred item must be bitwise_or, not a boolean expression
x = [*a or b]
