def f():
    import json
    from os import path as p
    import xml.etree.ElementTree
    return json, p, xml


class C:
    import re
    from math import pi
