# Sum of squares with bpf_loop: the helper calls a callback nr_loops times with (index, ctx).
# Shows: a callback function (`r2 = LABEL ll` loads a function pointer, BPF_PSEUDO_FUNC), its context on
#        the caller's stack, and the verifier visiting the callback until its state stops changing.
# Maps: result[0] = the sum of i*i for i = 0..9 (285)
# run: bpfplay run --type xdp --packet 'eth ipv4 udp payload="x"' --dump result examples/bpf_loop_sum.s
# expect: retval=XDP_PASS
# expect-map: result 00000000=1d01000000000000
.map result array key=4 value=8 max_entries=1

        r1 = 0
        *(u64 *)(r10 - 8) = r1          # the callback's context: the running sum
        r1 = 10                         # nr_loops
        r2 = sum_square ll              # the callback
        r3 = r10
        r3 += -8                        # its context
        r4 = 0                          # flags
        call bpf_loop                   # r0 = the number of calls made
        r1 = 0
        *(u32 *)(r10 - 12) = r1
        r2 = r10
        r2 += -12
        r1 = result ll
        call bpf_map_lookup_elem
        if r0 == 0 goto out
        r1 = *(u64 *)(r10 - 8)
        *(u64 *)(r0 + 0) = r1
out:
        r0 = 2                          # XDP_PASS
        exit

sum_square:                             # long sum_square(u64 index, u64 *sum)
        r1 *= r1
        r3 = *(u64 *)(r2 + 0)
        r3 += r1
        *(u64 *)(r2 + 0) = r3
        r0 = 0                          # 0: go on, 1: stop early
        exit
