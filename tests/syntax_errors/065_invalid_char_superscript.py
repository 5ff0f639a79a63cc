# superscript two is not an identifier character
x² = 1
