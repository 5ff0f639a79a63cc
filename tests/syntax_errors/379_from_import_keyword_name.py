# from-import of a keyword name
from a import def
