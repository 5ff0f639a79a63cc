import sys
sys.stderr = None
raise ValueError("lost")
