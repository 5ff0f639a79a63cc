import sys
sys.stderr = sys.stdout
print("x")
raise ValueError("to stdout")
