r0 = r10
r0 = -r0
exit
