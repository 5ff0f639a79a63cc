# return annotation arrow outside def
x -> int
