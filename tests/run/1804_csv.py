# _csv directly (csv.py needs re): dialects, the reader's state machine,
# the writer's quoting and escaping, the registry, and CPython's errors.
import _csv
import io

def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as error:
        print(label, type(error).__name__, error)

def read(lines, **parameters):
    reader = _csv.reader(lines, **parameters)
    rows = []
    try:
        for row in reader:
            rows.append(row)
    except _csv.Error as error:
        rows.append('Error: %s (line %d)' % (error, reader.line_num))
    return rows

def write(rows, **parameters):
    out = io.StringIO()
    writer = _csv.writer(out, **parameters)
    try:
        for row in rows:
            writer.writerow(row)
    except _csv.Error as error:
        return 'Error: %s' % error
    return out.getvalue()

samples = ['a,b,c', '"a,b",c', '"a""b",c', '', ' a, b', 'a,"b\nc",d', '"x"y,z', 'a\\,b,c', '"a\\"b",c',
           'a,b\r\n', 'a,"b', '"abc"\r', '1,2.5,"x"', 'é,€,😀', 'a;b;c', 'x,,y,', ',']
lines = '\n'.join(samples).split('\n')
print(read(lines))
print(read(lines, skipinitialspace=True))
print(read(lines, escapechar='\\'))
print(read(lines, doublequote=False, escapechar='\\'))
print(read(lines, delimiter=';'))
print(read(lines, quoting=_csv.QUOTE_NONE))
print(read(lines, strict=True))
print(read(['"a"b,c'], strict=True))
print(read(['"unterminated'], strict=True))
print(read(['"unterminated']))
print(read(['a,b\rc']))
print(read(['1,2.5,-3', '"q",4'], quoting=_csv.QUOTE_NONNUMERIC))
print(read(['1,x'], quoting=_csv.QUOTE_NONNUMERIC))
print(read([b'bytes']))
print(read(io.StringIO('one,two\r\n"three\r\nfour",five\r\n', newline='')))
reader = _csv.reader(['a', 'b'], delimiter='|')
print(reader.dialect.delimiter, reader.line_num, next(reader), reader.line_num, list(reader), reader.line_num)

rows = [['a', 'b c', 'd,e'], ['quote"d', 'new\nline', 'cr\rhere'], [1, 2.5, None, True], [''], [], ['', ''],
        ['tab\there', ' lead', 'trail '], ['é', '€', '😀']]
print(repr(write(rows)))
print(repr(write(rows, quoting=_csv.QUOTE_ALL)))
print(repr(write(rows, quoting=_csv.QUOTE_NONNUMERIC)))
print(repr(write(rows, quoting=_csv.QUOTE_NONE, escapechar='\\')))
print(repr(write([['a,b']], quoting=_csv.QUOTE_NONE)))
print(repr(write([['']], quoting=_csv.QUOTE_NONE, escapechar='\\')))
print(repr(write(rows, doublequote=False, escapechar='\\')))
print(repr(write([['x"y']], doublequote=False)))
print(repr(write(rows, delimiter='\t', lineterminator='\n', quotechar="'")))
print(repr(write([['a!b', 'c\nd']], lineterminator='!')))
print(repr(write([5])))
out = io.StringIO()
writer = _csv.writer(out, dialect='excel-tab' if 'excel-tab' in _csv.list_dialects() else None)
print(writer.writerows([['a', 'b'], ('c', 'd')]), repr(out.getvalue()), writer.dialect.delimiter)
print(writer.writerow(['x']))

dialect = _csv.Dialect(delimiter=';', quotechar="'", escapechar='\\', doublequote=False, skipinitialspace=True,
                       lineterminator='\n', quoting=_csv.QUOTE_ALL, strict=True)
print([getattr(dialect, name) for name in ['delimiter', 'quotechar', 'escapechar', 'doublequote',
                                             'skipinitialspace', 'lineterminator', 'quoting', 'strict']])
print(_csv.Dialect(dialect) is dialect, _csv.Dialect(dialect, delimiter=',').delimiter)
class Custom:
    delimiter = '|'
    quoting = _csv.QUOTE_MINIMAL
    quotechar = '"'
    lineterminator = '\r\n'
print(_csv.Dialect(Custom).delimiter, _csv.Dialect(Custom()).doublequote)
print(_csv.Dialect(quotechar=None).quoting)
for parameters in [{'delimiter': 1}, {'delimiter': 'ab'}, {'delimiter': None}, {'escapechar': 1},
                   {'quotechar': ''}, {'quoting': 'a'}, {'quoting': 9}, {'quoting': True}, {'lineterminator': 1},
                   {'lineterminator': None}, {'quotechar': None, 'quoting': 1}, {'foo': 1}]:
    show(parameters, _csv.Dialect, **parameters)
show('set', setattr, dialect, 'delimiter', 'x')
show('reader set', setattr, _csv.reader([]), 'line_num', 3)

_csv.register_dialect('semi', delimiter=';', quoting=_csv.QUOTE_NONE)
_csv.register_dialect('pipes', Custom)
print(sorted(_csv.list_dialects()), _csv.get_dialect('semi').delimiter, sorted(_csv._dialects))
print(read(['a;b;"c"'], dialect='semi'), read(['a|b'], dialect='pipes', delimiter=','))
_csv.unregister_dialect('semi')
print(sorted(_csv.list_dialects()))
for call in [lambda: _csv.get_dialect('semi'), lambda: _csv.unregister_dialect('semi'),
             lambda: _csv.register_dialect(1), lambda: _csv.reader(), lambda: _csv.reader([], 'pipes', 3),
             lambda: _csv.reader(1), lambda: _csv.writer(), lambda: _csv.writer(1),
             lambda: _csv.reader([], 'nope'), lambda: _csv.field_size_limit(1, 2),
             lambda: _csv.field_size_limit('x'), lambda: _csv.field_size_limit(limit=5)]:
    show('call', call)
print(_csv.field_size_limit(), _csv.field_size_limit(5), _csv.field_size_limit(new_limit=6), _csv.field_size_limit())
print(read(['abcdef']), read(['abcde,abcdef']))
_csv.field_size_limit(131072)
print(type(dialect), type(_csv.reader([])), type(_csv.writer(io.StringIO())), _csv.Reader, _csv.Writer)
print(_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE, _csv.__version__,
      issubclass(_csv.Error, Exception))
print([name for name in dir(_csv) if not name.startswith('__')])
