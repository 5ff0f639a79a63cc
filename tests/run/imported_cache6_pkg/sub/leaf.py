import imported_cache6_pkg
imported_cache6_pkg.LOADS.append(__name__)
VALUE = len(imported_cache6_pkg.LOADS)
