# asyncio subprocesses: create_subprocess_exec with pipes, communicate,
# exit codes. The child watcher is chosen explicitly (a pidfd where the
# system has one, else SIGCHLD), so no thread is needed.
import asyncio
import os
import sys


async def main():
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import sys; data = sys.stdin.read(); print(data.upper()); sys.exit(3)",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    stdout, stderr = await process.communicate(b"from the parent")
    print(stdout, stderr, process.returncode)

    process = await asyncio.create_subprocess_exec(
        "/bin/sh", "-c", "echo one; echo two >&2", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    print(await process.stdout.readline())
    print(await process.stderr.read())
    print(await process.wait())

    process = await asyncio.create_subprocess_shell("exit 7")
    print(await process.wait())


if hasattr(os, "pidfd_open"):
    watcher = asyncio.PidfdChildWatcher()
else:
    watcher = asyncio.SafeChildWatcher()
asyncio.set_child_watcher(watcher)
asyncio.run(main())
