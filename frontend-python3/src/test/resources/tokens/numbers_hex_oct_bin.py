a = 0x1F + 0XaB_cd
b = 0o17 + 0O1_7
c = 0b1010 + 0B1_0
d = 0x_f + 0o_7 + 0b_1
