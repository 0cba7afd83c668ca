# unsigned compares, 64-bit, imm and reg
call 7
r1 = r0
r1 &= 0xfff
if r1 > 100 goto l1
r1 += 1
if r1 < 50 goto l2
r1 -= 50
goto l3
l2:
r1 *= 2
goto l3
l1:
if r1 >= 0x800 goto l4
r1 >>= 1
goto l3
l4:
r2 = r0
r2 &= 0xff
if r1 <= r2 goto l3
r1 -= r2
l3:
r0 = 0
exit
