# relative import with plain 'import'
import .module
