# plain import of dots
import ..
