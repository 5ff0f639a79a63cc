# unknown \N{...} character name
x = '\N{NO SUCH CHARACTER NAME}'
