#!/usr/bin/env python3
"""Start-up benchmark of the bytecode cache (issue 6):
`python3 bench/startup.py [--krait build/krait] [--runs N] [--modules M] [--lines L] [--callgrind]`.

Generates a program importing M modules of about L lines each (classes,
functions, comprehensions, literals of every kind; 20 x 1000 by default, at
least 20,000 lines and 700 classes), then measures the median wall and CPU
time of
  cold: `krait -B main.py` with no cache (tokenize, parse and compile all),
  warm: `krait main.py` with the cache written by a first run,
and reports the ratio (the goal: warm at least 5x faster). Then `krait -c
pass` against Debian's `/usr/bin/python3.11 -c pass` (the goal: Krait at
most a quarter of CPython's start-up), measured alternately.

CPU time (user + system, which includes page faults) is the figure to
quote on a shared machine; wall time there mostly measures the other
processes. `--callgrind` also counts the instructions of one run of each
(valgrind's callgrind), which no load disturbs: the way to see where a
start-up goes is `valgrind --tool=callgrind krait main.py` in the
generated directory, then `callgrind_annotate --inclusive=yes`. The
generated program is left in --keep DIR when given (DIR/cold, DIR/warm).

Cold and warm runs alternate in short blocks, each in its own copy of the
program, as do the two empty programs: a shared machine's load then weighs
on both sides of a ratio alike (see median_times)."""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def module_text(index, lines):
    out = ["# Generated module %d for bench/startup.py" % index, "import sys", ""]
    block = 0
    while len(out) < lines:
        out += [
            "class Shape%d_%d:" % (index, block),
            "    '''A shape with an area.'''",
            "    sides = %d" % (block % 7 + 3),
            "    def __init__(self, width, height=%d.5, *, name='shape'):" % block,
            "        self.width = width",
            "        self.height = height",
            "        self.name = name",
            "    def area(self):",
            "        return self.width * self.height / 2",
            "    def describe(self):",
            "        return f'{self.name}: {self.area():.2f} ({self.sides} sides)'",
            "",
            "def compute%d_%d(values, factor=%d):" % (index, block, block),
            "    total = 0",
            "    for i, value in enumerate(values):",
            "        if value % 3 == 0 and i > 1:",
            "            total += value * factor",
            "        elif value in (1, 2, 5, 8, 13):",
            "            total -= value",
            "        else:",
            "            try:",
            "                total += int(str(value)[::-1])",
            "            except ValueError as error:",
            "                raise RuntimeError('bad value') from error",
            "    squares = [x * x for x in values if x % 2]",
            "    table = {k: v for k, v in zip('abcdef', squares)}",
            "    return total, squares, table, {'key': %d, 'big': %d, 'f': 1.5e10, 'c': 2j, 'b': b'\\x00'}" % (block, 2 ** 80 + block),
            "",
        ]
        block += 1
    out.append("VALUE = %d" % index)
    return "\n".join(out) + "\n"


def generate(directory, modules, lines):
    total = 0
    for index in range(modules):
        text = module_text(index, lines)
        total += text.count("\n")
        with open(os.path.join(directory, "startup_module_%d.py" % index), "w") as f:
            f.write(text)
    main = "".join("import startup_module_%d\n" % i for i in range(modules))
    main += "print(sum(m.VALUE for m in [%s]))\n" % ", ".join("startup_module_%d" % i for i in range(modules))
    with open(os.path.join(directory, "main.py"), "w") as f:
        f.write(main)
    return total + main.count("\n")


def timed(command, cwd, env):
    """(wall, cpu) seconds of one run; cpu is the child's user + system
    time (its own, from wait4: posix_spawn adds next to nothing before the
    exec), which other processes on a shared machine disturb far less."""
    null = os.open(os.devnull, os.O_WRONLY)
    previous = os.getcwd()
    os.chdir(cwd)  # (posix_spawn has no cwd before Python 3.13)
    try:
        started = time.perf_counter()
        pid = os.posix_spawn(command[0], command, env, file_actions=[(os.POSIX_SPAWN_DUP2, null, 1)])
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - started
    finally:
        os.chdir(previous)
        os.close(null)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("%s failed" % " ".join(command))
    return wall, usage.ru_utime + usage.ru_stime


def instructions(command, cwd, env):
    """The instructions one run executes, as callgrind counts them."""
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + command, cwd=cwd,
                            env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in result.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[1].replace(",", ""))
    raise RuntimeError("no instruction count from valgrind")


def median_times(commands, env, runs, block=4):
    """The median (wall, cpu) of each (command, cwd) over `runs` runs, taken
    in short blocks that alternate between the commands, so that all see
    the same machine load; each block starts with an unmeasured run, so
    that a measured run always follows one of its own kind (a short run
    after a long one finds the processor's caches filled by the other)."""
    samples = [[] for _ in commands]
    while len(samples[0]) < runs:
        for sample, (command, cwd) in zip(samples, commands):
            timed(command, cwd, env)
            for _ in range(min(block, runs - len(sample))):
                sample.append(timed(command, cwd, env))
    return [tuple(statistics.median(run[i] for run in sample) for i in (0, 1)) for sample in samples]


def show(label, times):
    print("%-28s wall %7.2f ms   cpu %7.2f ms" % (label, times[0] * 1000, times[1] * 1000))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    parser.add_argument("--python", default="/usr/bin/python3.11")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--modules", type=int, default=20)
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--callgrind", action="store_true", help="also count instructions (valgrind)")
    parser.add_argument("--keep", help="generate the program in this directory and keep it")
    args = parser.parse_args()
    krait = os.path.abspath(args.krait)
    env = dict(os.environ)
    for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONVERBOSE"):
        env.pop(name, None)
    directory = args.keep or tempfile.mkdtemp(prefix="krait-startup-")
    # The same program twice: one copy never has a cache, the other keeps
    # the one its first run writes.
    cold_directory, warm_directory = os.path.join(directory, "cold"), os.path.join(directory, "warm")
    try:
        for place in (cold_directory, warm_directory):
            shutil.rmtree(place, ignore_errors=True)
            os.makedirs(place)
            total = generate(place, args.modules, args.lines)
        subprocess.run([krait, "main.py"], cwd=warm_directory, env=env, check=True, stdout=subprocess.DEVNULL)
        cold, warm = median_times([([krait, "-B", "main.py"], cold_directory), ([krait, "main.py"], warm_directory)],
                                  env, args.runs)
        print("program: %d modules, %d lines" % (args.modules, total))
        show("cold (-B, no cache):", cold)
        show("warm (cache):", warm)
        print("speed-up: wall %.1fx, cpu %.1fx (goal >= 5x)" % (cold[0] / warm[0], cold[1] / warm[1]))
        if args.callgrind:
            warm_count = instructions([krait, "main.py"], warm_directory, env)
            cold_count = instructions([krait, "-B", "main.py"], cold_directory, env)
            pass_count = instructions([krait, "-c", "pass"], cold_directory, env)
            print("instructions: cold %.1fM, warm %.1fM (%.1fx), -c pass %.2fM"
                  % (cold_count / 1e6, warm_count / 1e6, cold_count / warm_count, pass_count / 1e6))
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)
    # Empty programs, alternating.
    commands = [([krait, "-c", "pass"], ROOT)] + ([([args.python, "-c", "pass"], ROOT)] if os.path.exists(args.python) else [])
    times = median_times(commands, env, max(args.runs, 41))
    krait_time = times[0]
    show("krait -c pass:", krait_time)
    if len(times) > 1:
        python_time = times[1]
        show(args.python + " -c pass:", python_time)
        print("ratio: wall %.2f, cpu %.2f (goal <= 0.25)" % (krait_time[0] / python_time[0], krait_time[1] / python_time[1]))


if __name__ == "__main__":
    main()
