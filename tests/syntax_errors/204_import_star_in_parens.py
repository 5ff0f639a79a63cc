# star import inside parentheses
from os import (*)
