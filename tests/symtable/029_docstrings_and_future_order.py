"""Doc."""
from __future__ import annotations, division
import os
from __future__ import print_function
