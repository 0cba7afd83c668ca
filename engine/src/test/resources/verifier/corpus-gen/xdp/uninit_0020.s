r0 = r5
exit
