"""A module without __all__: `import *` takes its public names."""
alpha = 1
beta = 2
_gamma = 3
