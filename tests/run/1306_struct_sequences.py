# Struct sequences with hidden and unnamed fields (os.stat_result), and
# constructible ones (os.terminal_size).
import posix

status = posix.stat('/')
print(type(status).__name__, type(status).__module__, len(status), status.st_mode == status[0])
print(status[7] == int(status.st_atime), status.st_mtime_ns // 10 ** 9 == status[8], type(status.st_ctime).__name__)
print(posix.stat_result.n_fields, posix.stat_result.n_sequence_fields, posix.stat_result.n_unnamed_fields)
print(posix.stat_result.__match_args__)
result = posix.stat_result(range(10))
print(result)
print(result.st_atime, result.st_blksize, result[-1], result[2:4], list(result) == list(range(10)))
result = posix.stat_result(range(13))
print(result.st_atime, result.st_mtime, result.st_ctime, result.st_atime_ns, len(result))
size = posix.terminal_size((80, 24))
print(size, size.columns, size.lines, tuple(size), size == (80, 24), hash(size) == hash((80, 24)))
columns, lines = size
print(columns, lines)
for bad in [(1,), (1, 2, 3), 5]:
    try:
        posix.terminal_size(bad)
    except TypeError as error:
        print(error)
try:
    posix.stat_result(range(20))
except TypeError as error:
    print(error)
print(posix.uname_result(('a', 'b', 'c', 'd', 'e')).machine, posix.times_result(range(5)).elapsed)
print(len(posix.uname()), len(posix.times()), posix.times().user >= 0)
