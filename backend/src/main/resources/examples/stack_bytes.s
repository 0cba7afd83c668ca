# XDP: copies the first 8 packet bytes to the stack, changes one, and returns XDP_PASS.
    r0 = 2                       # XDP_PASS
    r2 = *(u32 *)(r1 + 0)        # data
    r3 = *(u32 *)(r1 + 4)        # data_end
    r4 = r2
    r4 += 8
    if r4 > r3 goto out
    r5 = *(u64 *)(r2 + 0)
    *(u64 *)(r10 - 8) = r5       # 8 stack bytes change
    r6 = *(u8 *)(r10 - 8)
    r6 += 1
    *(u8 *)(r10 - 8) = r6        # one stack byte changes
out:
    exit
