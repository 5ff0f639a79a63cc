import sys
sys.stderr = sys.stdout
sys.exit("bye")
