# keyword used as attribute name
x = obj.class
