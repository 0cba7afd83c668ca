# and/or with a constant on a {-1, 0} register splits the state
call 7
r1 = r0
r1 s>>= 63
r1 &= 5
r2 = r0
r2 s>>= 63
r2 |= 0x10
w3 = w0
w3 s>>= 31
w3 &= 0xff
r0 = 0
exit
