# asyncio subprocesses under each child watcher: SIGCHLD ones (through
# signal.set_wakeup_fd and the loop's self-pipe), the pidfd one (a selector
# on os.pidfd_open), and the default thread one, also through
# loop.subprocess_exec with a protocol.
import asyncio
import sys

CHILD = "import sys; sys.stdout.write(sys.stdin.read()[::-1]); sys.exit(int(sys.argv[1]))"


async def run(code):
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, str(code), stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    stdout, _ = await process.communicate(b"olleh")
    shell = await asyncio.create_subprocess_shell("kill -TERM $$")
    return stdout, process.returncode, await shell.wait()


async def several():
    return await asyncio.gather(*(run(code) for code in range(3)))


for name in ("SafeChildWatcher", "FastChildWatcher", "MultiLoopChildWatcher", "PidfdChildWatcher",
             "ThreadedChildWatcher"):
    watcher = getattr(asyncio, name)()
    asyncio.set_child_watcher(watcher)
    print(name, asyncio.run(several()))
    watcher.close()


class Collect(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.output = b""

    def pipe_data_received(self, fd, data):
        self.output += data

    def process_exited(self):
        self.done.set_result(True)


async def with_protocol():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, protocol = await loop.subprocess_exec(lambda: Collect(done), "/bin/sh", "-c", "echo out; exit 5")
    await done
    print(protocol.output, transport.get_returncode(), transport.get_pid() > 0)
    transport.close()


loop = asyncio.new_event_loop()
loop.run_until_complete(with_protocol())
loop.close()
