# _posixsubprocess.fork_exec as subprocess.py calls it: pipes to the child's
# standard streams, the environment, the directory, exec failures reported
# through the error pipe, and the parent's argument checks.
import os
import _posixsubprocess


def spawn(args, executables, cwd=None, env=None, stdin_data=None, close_fds=True, pass_fds=(), preexec=None):
    in_read, in_write = os.pipe()
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    errpipe_read, errpipe_write = os.pipe()
    pid = _posixsubprocess.fork_exec(
        args, executables, close_fds, tuple(sorted(set(pass_fds) | {errpipe_write})), cwd, env,
        in_read, in_write, out_read, out_write, err_read, err_write,
        errpipe_read, errpipe_write, True, False, -1, None, None, None, -1, preexec, True)
    for fd in (in_read, out_write, err_write, errpipe_write):
        os.close(fd)
    report = b''
    while True:
        part = os.read(errpipe_read, 50000)
        report += part
        if not part:
            break
    os.close(errpipe_read)
    if stdin_data:
        os.write(in_write, stdin_data)
    os.close(in_write)
    chunks = []
    while True:
        chunk = os.read(out_read, 4096)
        if not chunk:
            break
        chunks.append(chunk)
    errors = os.read(err_read, 4096)
    os.close(out_read)
    os.close(err_read)
    waited, status = os.waitpid(pid, 0)
    return waited == pid, os.waitstatus_to_exitcode(status), report, b''.join(chunks), errors


print(spawn([b'/bin/echo', 'hello', 'world'], [b'/bin/echo']))
print(spawn(['cat'], [b'/nonexistent/cat', b'/bin/cat'], stdin_data=b'through cat\n'))
print(spawn(['env'], [b'/usr/bin/env'], env=[b'ONE=1', b'TWO=two']))
print(spawn(['pwd'], [b'/bin/pwd'], cwd='/usr'))
print(spawn(['sh', '-c', 'echo out; echo err >&2; exit 3'], [b'/bin/sh']))
print(spawn(['missing'], [b'/nonexistent/missing']))
print(spawn(['pwd'], [b'/bin/pwd'], cwd='/nonexistent/directory'))
print(spawn(['true'], [b'/etc/passwd']))


def failing_preexec():
    raise ValueError('no')


print(spawn(['true'], [b'/bin/true'], preexec=failing_preexec))
print(spawn(['sh', '-c', 'echo $0'], [b'/bin/sh'], preexec=lambda: os.write(1, b'preexec ran\n')))

# Descriptors: close_fds closes what pass_fds does not keep.
keep_read, keep_write = os.pipe()
os.set_inheritable(keep_write, True)
print(spawn(['sh', '-c', 'echo kept >&%d' % keep_write], [b'/bin/sh'], pass_fds=(keep_write,)))
os.close(keep_write)
print(os.read(keep_read, 100))
os.close(keep_read)

arguments = [['true'], [b'/bin/true'], True, (), None, None, -1, -1, -1, -1, -1, -1, 5, 6, True, False, -1, None,
             None, None, -1, None, True]
for index, value in [(3, [1]), (3, (3, 2)), (3, (-1,)), (1, ['/bin/true']), (0, [1.5]), (0, 5), (5, ['A=1']),
                     (13, 2), (4, 3)]:
    changed = list(arguments)
    changed[index] = value
    try:
        _posixsubprocess.fork_exec(*changed)
    except (TypeError, ValueError) as error:
        print(index, type(error).__name__, error)
try:
    _posixsubprocess.fork_exec(*arguments[:5])
except TypeError as error:
    print(error)
print(sorted(name for name in dir(_posixsubprocess) if not name.startswith('__')))
