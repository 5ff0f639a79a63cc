# import of a keyword module name
import class
