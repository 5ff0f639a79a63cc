# An uncaught FileNotFoundError from posix names the file.
import posix

posix.stat('/nonexistent/krait/file')
