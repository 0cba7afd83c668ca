r0 = r3
exit
