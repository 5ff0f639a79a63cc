# sys.float_info, sys.hash_info, sys.maxunicode; reverse, range and zip iterators' __setstate__.
import sys
print(sys.float_info, sys.maxunicode, sys.hash_info, sys.float_repr_style, type(sys.float_info).__name__, len(sys.float_info), sys.hash_info.algorithm)
print(sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon == 2.0 ** -52, hash(float("inf")) == sys.hash_info.inf, hash(1j) == sys.hash_info.imag)
r = reversed([1, 2, 3]); r.__setstate__(0); print(list(r))
r = reversed((1, 2, 3)); r.__setstate__(5); print(list(r))
r = reversed((1, 2, 3)); r.__setstate__(-5); print(list(r))
r = reversed([1, 2, 3]); r.__setstate__(1); print(list(r))
z = zip([1, 2], [3]); z.__setstate__(True)
try:
    print(list(z))
except ValueError as e:
    print(e)
try:
    reversed((1,)).__setstate__("a")
except TypeError as e:
    print(e)
it = iter(range(0, 20, 3)); next(it); it.__setstate__(2); print(list(it))
it = iter(range(5)); it.__setstate__(-3); print(list(it))
it = iter(range(5)); it.__setstate__(99); print(list(it))
it = iter(range(5)); it.__setstate__(2); it.__setstate__(2); print(list(it))
it = reversed(range(1, 10, 2)); it.__setstate__(1); print(list(it), list(reversed(range(-5))), list(reversed(range(3, -9, -4))))
print(list(reversed(range(-2**63, -2**63 + 3))), list(reversed(range(2**63 - 3, 2**63 - 1))))
try:
    iter(range(3)).__setstate__("a")
except TypeError as e:
    print(e)
