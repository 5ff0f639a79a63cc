import sys
sys.argvv
