# ==, !=, & tests
call 7
r1 = r0
r1 &= 0xff
if r1 == 0 goto l1
if r1 != 255 goto l2
r1 += 1
goto l9
l2:
if r1 & 0x10 goto l3
r1 += 2
goto l9
l3:
r1 |= 1
goto l9
l1:
r1 += 3
l9:
r2 = r0
r2 &= 0xf
if r2 & 0x8 goto l10
r2 <<= 1
l10:
r0 = 0
exit
