call 15
r0 >>= 32
exit
