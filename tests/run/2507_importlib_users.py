# Standard library modules that import importlib (directly or through
# inspect) import and work: inspect, dataclasses, unittest, doctest,
# pprint, zipfile, trace.
import dataclasses
import doctest
import inspect
import io
import pprint
import sys
import trace
import unittest
import zipfile


def sample(a, b=2, *args, c, **kwargs):
    """Adds things."""
    return a + b


print(inspect.signature(sample), inspect.getdoc(sample), inspect.isfunction(sample))
print(inspect.getsource(sample).splitlines()[0])
print(inspect.getmodule(sample).__name__, inspect.getfile(sample) == __file__)


@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)


print(Point(1, 2), Point(1) < Point(2), dataclasses.asdict(Point(3, 4, ["t"])))
print([field.name for field in dataclasses.fields(Point)])

pprint.pprint({"numbers": list(range(30)), "nested": {"a": [1, 2, {"b": "c" * 40}]}}, width=60)
print(pprint.pformat(("tuple", 1), width=10))


class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fails(self):
        self.assertEqual(2 * 2, 5)

    @unittest.skip("not today")
    def test_skipped(self):
        pass


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Arithmetic))
print(result.testsRun, len(result.failures), len(result.skipped), result.wasSuccessful())
print(stream.getvalue().splitlines()[0])
program = unittest.main(module=None, argv=["x", "-q"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()),
                        defaultTest=[], testLoader=unittest.TestLoader())
print(type(program.result).__name__)


def square(n):
    """
    >>> square(3)
    9
    >>> square(-2)
    4
    >>> square(0)
    1
    """
    return n * n


finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
output = io.StringIO()
for test in finder.find(square, "square", globs={"square": square}):
    runner.run(test, out=output.write)
print(runner.summarize(verbose=False), "Failed example" in output.getvalue())

buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    # (explicit dates: writestr's default asks time.localtime)
    archive.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 2, 3, 4, 6)), "alpha " * 20, zipfile.ZIP_DEFLATED)
    archive.writestr(zipfile.ZipInfo("dir/b.txt", (2020, 1, 2, 3, 4, 6)), b"beta")
with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
    print(archive.namelist(), archive.read("a.txt")[:11], archive.getinfo("dir/b.txt").file_size)
    print(archive.getinfo("a.txt").compress_size < 120, archive.getinfo("a.txt").date_time)

tracer = trace.Trace(count=1, trace=0)
print(tracer.runfunc(square, 5), type(tracer.results()).__name__)
