# _string: formatter_parser and formatter_field_name_split (what
# string.Formatter parses with), and str.format over the same parser.
import _string

print(sorted(n for n in dir(_string) if not n.startswith('__')))
print(list(_string.formatter_parser('a{0}b{x.y[1]!r:>{w}}c{{d}}e}}')))
print(list(_string.formatter_parser('')), list(_string.formatter_parser('abc')), list(_string.formatter_parser('{}{:x}{!s}')))
print(list(_string.formatter_parser('{0!x}')), list(_string.formatter_parser('{!r}')), list(_string.formatter_parser('π{α}ω')))
first, rest = _string.formatter_field_name_split('a.b[0][x].c'); print(first, list(rest))
first, rest = _string.formatter_field_name_split('10[2]'); print(repr(first), list(rest))
first, rest = _string.formatter_field_name_split(''); print(repr(first), list(rest))
print(type(_string.formatter_parser('')).__name__, type(rest).__name__)
for bad in ['{', '}', 'a{0!}', 'a{0!rr}', '{a{b}', '{0:{1}', '{0!r', '{0']:
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as error:
        print('ValueError', error)
for bad in ['a.', 'a[0', 'a[0]x', 'a[]']:
    try:
        print(list(_string.formatter_field_name_split(bad)[1]))
    except ValueError as error:
        print('ValueError', error)
for bad in [lambda: _string.formatter_parser(1), lambda: _string.formatter_field_name_split(b'x'), lambda: _string.formatter_parser()]:
    try:
        bad()
    except TypeError as error:
        print('TypeError', error)

print('{0}{1}{0}'.format('ab', 'cd'), '{x[1]}{y.imag}'.format(x='pq', y=2j), '{:{}}'.format('a', 3) + '|')
try:
    '{0}{}'.format(1, 2)
except ValueError as error:
    print('ValueError', error)
