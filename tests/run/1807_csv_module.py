# csv.py over _csv: the registered dialects, DictReader/DictWriter, the
# Sniffer, and errors re-raised as csv.Error.
import csv
import io

print(sorted(csv.list_dialects()))
text = 'name,age,city\r\nAda,36,"London, UK"\r\nAlan,41,"Wilmslow"\r\n"Grace ""Amazing""",85,Arlington\r\n'
for row in csv.reader(io.StringIO(text, newline='')):
    print(row)
for record in csv.DictReader(io.StringIO(text, newline='')):
    print(record)
out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=['name', 'age', 'extra'], restval='-', extrasaction='ignore')
writer.writeheader()
writer.writerows([{'name': 'Ada', 'age': 36, 'city': 'x'}, {'name': 'Bob "B"', 'extra': 'a,b'}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=['a']).writerow({'b': 1})
except ValueError as error:
    print('ValueError', error)
out = io.StringIO()
csv.writer(out, dialect='excel-tab').writerow(['a\tb', 'c'])
csv.writer(out, dialect='unix').writerow(['x', 1.5, None])
print(repr(out.getvalue()))
class Semicolons(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('semicolons', Semicolons)
print(list(csv.reader(["a;'b;c';d"], 'semicolons')), csv.get_dialect('semicolons').delimiter)
try:
    class Broken(csv.Dialect):
        delimiter = ',,'
    Broken()
except csv.Error as error:
    print('Error', error)
sniffer = csv.Sniffer()
sample = 'a;b;c\n1;2;3\n4;5;6\n'
dialect = sniffer.sniff(sample)
print(dialect.delimiter, sniffer.has_header('name;age\nAda;36\nAlan;41\n'))
print(csv.field_size_limit(), csv.QUOTE_NONNUMERIC, csv.__version__)
