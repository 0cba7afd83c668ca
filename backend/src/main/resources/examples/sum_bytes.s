# XDP: sums the packet bytes in a bounded loop and returns XDP_PASS; the sum is left in r4.
# r1 = struct xdp_md: data (offset 0) and data_end (offset 4) point at the packet.
    r2 = *(u32 *)(r1 + 0)       # data
    r3 = *(u32 *)(r1 + 4)       # data_end
    r4 = 0                      # the sum
    r5 = 0                      # index
loop:
    if r5 >= 64 goto done       # a bound the verifier can see
    r6 = r2
    r6 += r5
    r7 = r6
    r7 += 1
    if r7 > r3 goto done        # past the end of the packet
    r7 = *(u8 *)(r6 + 0)
    r4 += r7
    r5 += 1
    goto loop
done:
    r0 = 2                      # XDP_PASS
    exit
