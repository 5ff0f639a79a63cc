# unterminated triple-quoted string (''')
x = 1
y = '''never
closed
