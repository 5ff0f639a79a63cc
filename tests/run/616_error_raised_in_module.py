# An exception raised by an imported module's body propagates out of the import.
import imported_raises
