# fullwidth parenthesis
print（'x'）
