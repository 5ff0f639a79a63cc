# pwd, grp and resource: database entries as struct sequences, limits and
# usage, and their errors.
import os
import grp
import pwd
import resource

root = pwd.getpwuid(0)
print(root, type(root).__name__, pwd.struct_passwd.n_fields, len(root))
print(root.pw_name, root[2], root.pw_dir == root[5], pwd.getpwnam(root.pw_name) == root)
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), me.pw_gid == os.getgid(), isinstance(me.pw_shell, str))
everyone = pwd.getpwall()
print(type(everyone).__name__, root in everyone, all(type(entry) is pwd.struct_passwd for entry in everyone))
print(pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e')))

group = grp.getgrgid(0)
print(group, grp.struct_group.n_fields, group.gr_name, type(group.gr_mem).__name__)
print(grp.getgrnam(group.gr_name) == group, group in grp.getgrall(), grp.getgrgid(os.getgid()).gr_gid == os.getgid())

for call, argument in [(pwd.getpwuid, 4000000), (pwd.getpwuid, -5), (pwd.getpwuid, -1), (pwd.getpwuid, 'x'),
                       (pwd.getpwuid, 1.5), (pwd.getpwnam, 'no such user'), (pwd.getpwnam, 1), (pwd.getpwnam, 'a\0b'),
                       (grp.getgrgid, 4000000), (grp.getgrgid, 'x'), (grp.getgrgid, -5), (grp.getgrnam, 'no such group'),
                       (grp.getgrnam, 3)]:
    try:
        call(argument)
    except (KeyError, TypeError, ValueError, OverflowError) as error:
        print(call.__name__, type(error).__name__, error)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(soft <= hard or hard == resource.RLIM_INFINITY, resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
resource.setrlimit(resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE))
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard),
      resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard),
      resource.prlimit(0, resource.RLIMIT_NOFILE, [soft, hard]) == (soft, hard))
usage = resource.getrusage(resource.RUSAGE_SELF)
print(type(usage).__name__, len(usage), resource.struct_rusage.n_fields, type(usage.ru_utime).__name__,
      usage.ru_maxrss > 0, usage[2] == usage.ru_maxrss, type(resource.getrusage(resource.RUSAGE_CHILDREN)).__name__)
print(resource.getpagesize() % 4096, resource.error is OSError)
for call, arguments in [(resource.getrlimit, (-1,)), (resource.getrlimit, (99,)), (resource.getrlimit, ('x',)),
                        (resource.setrlimit, (resource.RLIMIT_NOFILE, (1, 2, 3))),
                        (resource.setrlimit, (resource.RLIMIT_NOFILE, 5)),
                        (resource.setrlimit, (resource.RLIMIT_NOFILE, (2, 1))),
                        (resource.setrlimit, (resource.RLIMIT_NOFILE, ('a', 1))), (resource.getrusage, (7,)),
                        (resource.prlimit, (0, 99))]:
    try:
        call(*arguments)
    except (TypeError, ValueError) as error:
        print(call.__name__, type(error).__name__, error)
print([getattr(resource, name) for name in ('RLIMIT_CPU', 'RLIMIT_NOFILE', 'RLIMIT_AS', 'RUSAGE_SELF',
                                            'RUSAGE_CHILDREN', 'RUSAGE_THREAD')])
for module in (pwd, grp, resource):
    print(sorted(name for name in dir(module) if not name.startswith('__')))
