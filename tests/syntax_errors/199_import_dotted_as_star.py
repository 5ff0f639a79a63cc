# import star with alias
from os import * as x
