0 1 12 0_0 1_000 00 0x1f 0XAB_CD 0o17 0O7_7 0b1 0B1_0
1.5 .5 5. 1e10 1E-5 1.5e+3 1_0.0_1e1_0 .5e5
1j 1.5J 1e5j .5j 5.j 0j
0777 0x 0b2 0o8 1_ 1__0 1e 1e+ 1abc 0xg 1.__class__ 1if x else y
09.5 0_7 1.e5j_ 0e0 00.0 1_2_3j 0xfor 1jx 012j
