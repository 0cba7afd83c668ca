r0 = 0
if r0 == 0 goto +1
r1 = 0x518b352dea ll
exit
