# The stdlib modules that needed time, os.register_at_fork or hashlib:
# logging with %(asctime)s, tempfile, random (seeded as CPython), statistics,
# and the imports of http.client's dependencies.
import io
import logging
import os
import random
import statistics
import tempfile
import time

os.environ["TZ"] = "Europe/Paris"
time.tzset()
stream = io.StringIO()
handler = logging.StreamHandler(stream)
formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", datefmt="%Y-%m-%d %H:%M:%S %Z")
handler.setFormatter(formatter)
logger = logging.getLogger("krait.test")
logger.addHandler(handler)
logger.setLevel(logging.INFO)
record = logger.makeRecord("krait.test", logging.WARNING, "file.py", 1, "value %d", (42,), None)
record.created = 1234567890.25
record.msecs = 250.0
handler.handle(record)
logger.debug("hidden")
print(stream.getvalue(), end="")
print(formatter.formatTime(record), logging.Formatter().formatTime(record))
formatter.converter = time.gmtime
print(formatter.formatTime(record), formatter.formatTime(record, "%H:%M"))
logger.info("visible")
print(stream.getvalue().splitlines()[-1][20:])

random.seed(12345)
print([random.randint(1, 100) for _ in range(5)], random.random(), random.choice("abcdef"))
random.seed("a string seed")
print(random.getrandbits(40), random.sample(range(100), 4), random.gauss(0, 1))
generator = random.Random(b"bytes seed")
print(generator.uniform(1, 2), generator.shuffle(data := list(range(8))) or data)
print(statistics.mean([1, 2, 3, 4.5]), statistics.median([5, 1, 3]), statistics.stdev([1.5, 2.5, 2.5, 2.75]))
print(statistics.mode([1, 1, 2]), statistics.fmean([1, 2]), statistics.NormalDist(0, 1).cdf(1))

with tempfile.TemporaryDirectory(prefix="krait") as directory:
    print(os.path.basename(directory).startswith("krait"), os.path.isdir(directory))
    with tempfile.NamedTemporaryFile(dir=directory, suffix=".txt", delete=False) as file:
        file.write(b"temporary")
    print(os.path.basename(file.name).endswith(".txt"), open(file.name, "rb").read())
    handle, path = tempfile.mkstemp(dir=directory)
    os.close(handle)
    print(os.path.exists(path), len(os.listdir(directory)))
print(os.path.exists(directory))
with tempfile.TemporaryFile() as file:
    file.write(b"abc")
    file.seek(0)
    print(file.read())

import shutil
import uuid

print(shutil.disk_usage("/").total > 0)
print(uuid.UUID(bytes=bytes(range(16))), len(str(uuid.uuid4())))
