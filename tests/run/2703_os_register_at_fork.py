# os.register_at_fork: callbacks before a fork (last registered first),
# after it in the parent and in the child (in order), exceptions reported
# and ignored; and its argument checks.
import os

events = []
os.register_at_fork(before=lambda: events.append("before 1"))
os.register_at_fork(before=lambda: events.append("before 2"), after_in_parent=lambda: events.append("parent 1"))
os.register_at_fork(after_in_parent=lambda: events.append("parent 2"))
read_end, write_end = os.pipe()
os.register_at_fork(after_in_child=lambda: os.write(write_end, b"child 1;"))
os.register_at_fork(after_in_child=lambda: os.write(write_end, b"child 2;"))

pid = os.fork()
if pid == 0:
    os.write(write_end, b"child body")
    os._exit(7)
os.close(write_end)
pid_done, status = os.waitpid(pid, 0)
print(pid_done == pid, os.waitstatus_to_exitcode(status))
received = b""
while chunk := os.read(read_end, 100):
    received += chunk
print(received)
print(events)

for call in [lambda: os.register_at_fork(), lambda: os.register_at_fork(print),
             lambda: os.register_at_fork(before=1), lambda: os.register_at_fork(after_in_child=None, before=None),
             lambda: os.register_at_fork(x=print), lambda: os.register_at_fork(after_in_parent=[])]:
    try:
        print(call())
    except TypeError as error:
        print("TypeError", error)
