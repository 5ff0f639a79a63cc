# os: the scheduling, file-system and process calls random, tempfile,
# shutil and multiprocessing reach for (statvfs, sched_getaffinity,
# getloadavg, sysconf, chown, pread/pwrite, pipe2, mkfifo, makedev, wait).
import os
import stat
import tempfile

status = os.statvfs("/")
print(type(status).__name__, len(status), status.f_bsize > 0, status.f_namemax, type(status.f_fsid).__name__)
print(status[0] == status.f_bsize, os.statvfs(os.open("/", os.O_RDONLY)).f_namemax)
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(isinstance(cpu, int) for cpu in cpus))
os.sched_setaffinity(0, cpus)
print(os.sched_getaffinity(0) == cpus, os.sched_yield())
print(os.sched_get_priority_min(os.SCHED_OTHER), os.sched_get_priority_max(os.SCHED_FIFO))
loads = os.getloadavg()
print(len(loads), all(isinstance(load, float) for load in loads))
print(os.sysconf("SC_PAGESIZE"), os.sysconf(os.sysconf_names["SC_PAGE_SIZE"]) == os.sysconf("SC_PAGESIZE"))
print(os.major(os.makedev(8, 17)), os.minor(os.makedev(8, 17)), os.makedev(8, 17))
print(os.getsid(0) == os.getsid(os.getpid()), os.getpriority(os.PRIO_PROCESS, 0) == os.nice(0))

with tempfile.TemporaryDirectory() as directory:
    path = os.path.join(directory, "data")
    fd = os.open(path, os.O_RDWR | os.O_CREAT)
    print(os.pwrite(fd, b"hello world", 3), os.pread(fd, 5, 9), os.pread(fd, 100, 0))
    os.fchown(fd, os.getuid(), os.getgid())
    os.chown(path, -1, -1)
    os.lchown(path, os.getuid(), -1)
    os.fdatasync(fd)
    os.close(fd)
    fifo = os.path.join(directory, "fifo")
    os.mkfifo(fifo, 0o600)
    print(stat.S_ISFIFO(os.stat(fifo).st_mode), oct(stat.S_IMODE(os.stat(fifo).st_mode)))
    here = os.open(".", os.O_RDONLY)
    os.chdir(directory)
    os.fchdir(here)
    os.close(here)
    try:
        os.chown(os.path.join(directory, "missing"), -1, -1)
    except FileNotFoundError as error:
        print("FileNotFoundError", error.errno, error.filename == os.path.join(directory, "missing"))

read_end, write_end = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
print(os.get_blocking(read_end), os.get_inheritable(write_end))
os.close(read_end)
os.close(write_end)

pid = os.fork()
if pid == 0:
    os._exit(3)
done, status = os.wait()
print(done == pid, os.WEXITSTATUS(status))

for call in [lambda: os.sysconf("SC_NOPE"), lambda: os.sysconf(1.5), lambda: os.sched_setaffinity(0, [-1]),
             lambda: os.sched_setaffinity(0, ["x"]), lambda: os.statvfs(5.5), lambda: os.chown("/", "x", 0),
             lambda: os.wait(), lambda: os.killpg(999999999, 0)]:
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
