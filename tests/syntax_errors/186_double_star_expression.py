# double star outside call or dict
x = **a
