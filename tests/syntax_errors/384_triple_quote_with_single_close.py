# triple-quoted string closed with a single quote
x = '''abc'
