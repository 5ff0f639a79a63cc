# CPython's os.py and posixpath.py over posix.
import os
import os.path

print(os.name, os.sep, os.curdir, os.linesep == '\n', os.path is __import__('posixpath'))
print(os.path.join('a', 'b', 'c'), os.path.split('/x/y.txt'), os.path.splitext('f.tar.gz'), os.path.basename('/a/b'))
print(os.path.normpath('/a/./b/../c'), os.path.isabs('/x'), os.path.dirname('/a/b/c'))
print(os.path.exists('/'), os.path.isdir('/'), os.path.isfile('/'), os.path.islink('/'))
print(os.getcwd() == os.path.abspath('.'), os.fsencode('é'), os.fsdecode(b'\xc3\xa9'), os.fspath('x'))
base = '/tmp/krait_test_1309_%d' % os.getpid()
os.makedirs(base + '/a/b/c')
os.makedirs(base + '/a/b/c', exist_ok=True)
fd = os.open(base + '/a/f.txt', os.O_WRONLY | os.O_CREAT)
os.write(fd, b'hi')
os.close(fd)
for root, dirs, files in os.walk(base):
    print(root[len(base):], sorted(dirs), sorted(files))
print(os.path.getsize(base + '/a/f.txt'), sorted(os.listdir(base + '/a')))
os.environ['KRAIT_TEST_VARIABLE'] = 'value'
print(os.environ['KRAIT_TEST_VARIABLE'], os.getenv('KRAIT_TEST_VARIABLE'), os.environb[b'KRAIT_TEST_VARIABLE'])
del os.environ['KRAIT_TEST_VARIABLE']
print(os.getenv('KRAIT_TEST_VARIABLE', 'gone'), 'PATH' in os.environ)
os.remove(base + '/a/f.txt')
os.removedirs(base + '/a/b/c')
print(os.path.exists(base))
print(os.stat in os.supports_dir_fd, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks)
