r0 = 0x7fffffff
exit
