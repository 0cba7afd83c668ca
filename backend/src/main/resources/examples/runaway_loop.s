# Never exits: the run stops at the instruction budget with a clear fault.
    r0 = 0
loop:
    r0 += 1
    goto loop
