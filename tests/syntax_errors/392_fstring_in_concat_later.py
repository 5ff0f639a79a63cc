# invalid f-string in an implicit concatenation after valid pieces
x = ('ok'
     f'{a}'
     f'{}')
