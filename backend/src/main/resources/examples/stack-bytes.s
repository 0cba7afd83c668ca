# Copies the first 8 input bytes to the stack, changes one, and returns it.
    r0 = 0
    if r2 < 8 goto out
    r3 = *(u64 *)(r1 + 0)
    *(u64 *)(r10 - 8) = r3       # 8 stack bytes change
    r4 = *(u8 *)(r10 - 8)
    r4 += 1
    *(u8 *)(r10 - 8) = r4        # one stack byte changes
    r0 = *(u64 *)(r10 - 8)
out:
    exit
