# importlib.metadata finds a distribution's metadata on sys.path.
# (Pending: importlib.metadata imports email, which imports socket, and
# Krait has no _socket yet.)
import importlib.metadata
import os
import shutil
import sys
import tempfile

directory = tempfile.mkdtemp()
sys.path.insert(0, directory)
# A distribution's metadata found on sys.path.
info = os.path.join(directory, "demo_dist-1.2.3.dist-info")
os.mkdir(info)
with open(os.path.join(info, "METADATA"), "w") as f:
    f.write("Metadata-Version: 2.1\nName: demo-dist\nVersion: 1.2.3\nSummary: A demo\n")
print(importlib.metadata.version("demo-dist"), importlib.metadata.metadata("demo-dist")["Summary"])
try:
    importlib.metadata.version("surely-not-installed-dist")
except importlib.metadata.PackageNotFoundError as error:
    print("PackageNotFoundError", error)
shutil.rmtree(directory)
