# import alias that is dotted
import a as b.c
