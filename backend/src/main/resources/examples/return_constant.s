# The smallest program: set the return value (2 = XDP_PASS), exit.
    r0 = 2
    exit
