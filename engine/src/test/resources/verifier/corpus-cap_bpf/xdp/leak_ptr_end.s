r0 = r10
r0 = be32 r0
exit
