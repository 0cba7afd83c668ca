# The smallest program: set the return value, exit.
    r0 = 2
    exit
