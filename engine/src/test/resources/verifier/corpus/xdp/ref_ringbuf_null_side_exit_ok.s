r1 = rb ll
r2 = 16
r3 = 0
call 131
if r0 != 0 goto use
r0 = 2
exit
use:
r1 = r0
r2 = 0
call 133
r0 = 2
exit
