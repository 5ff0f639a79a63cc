from __future__ import annotations, nonexistent
