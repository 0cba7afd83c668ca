# Bounded loop parser: walks the TCP options of a SYN to find the MSS option (kind 2, length 4) and
# stores the announced MSS in a map.
# Shows: a loop the verifier accepts because it is bounded twice: at most 8 iterations and an option
#        offset kept within the 40 option bytes, with each read bounds-checked against data_end
#        through a packet pointer with a variable offset. Kinds 0 (end) and 1 (NOP, 1 byte) are handled.
# run: bpfplay run --type xdp --packet 'eth ipv4(src=10.0.0.1,dst=10.0.0.2) tcp(sport=40000,dport=80,flags=S,options=0101020405b40402)' --dump mss examples/tcp_options_loop.s
# expect: retval=XDP_PASS
.map mss array key=4 value=4 max_entries=1

        r6 = *(u32 *)(r1 + 0)           # data
        r7 = *(u32 *)(r1 + 4)           # data_end
        r2 = r6
        r2 += 54
        if r2 > r7 goto pass
        r2 = *(u16 *)(r6 + 12)
        if r2 != 0x8 goto pass
        r2 = *(u8 *)(r6 + 23)
        if r2 != 6 goto pass
        r8 = 0                          # offset into the options
        r9 = 0                          # iteration count
loop:
        if r9 >= 8 goto pass            # bound 1: iterations
        r9 += 1
        if r8 > 36 goto pass            # bound 2: the offset (options are at most 40 bytes)
        r2 = r6
        r2 += 54                        # options start after a 20-byte TCP header
        r2 += r8
        r3 = r2
        r3 += 4
        if r3 > r7 goto pass            # 4 bytes readable from here
        r4 = *(u8 *)(r2 + 0)            # kind
        if r4 == 0 goto pass            # end of option list
        if r4 != 1 goto not_nop
        r8 += 1                         # NOP: one byte
        goto loop
not_nop:
        r5 = *(u8 *)(r2 + 1)            # length
        if r5 < 2 goto pass             # malformed: would loop forever
        if r4 == 2 goto found
        r8 += r5
        goto loop
found:
        r3 = *(u8 *)(r2 + 2)            # MSS, big-endian
        r3 <<= 8
        r4 = *(u8 *)(r2 + 3)
        r3 |= r4
        *(u32 *)(r10 - 8) = r3
        *(u32 *)(r10 - 4) = 0
        r1 = mss ll
        r2 = r10
        r2 += -4
        r3 = r10
        r3 += -8
        r4 = 0                          # BPF_ANY
        call bpf_map_update_elem
pass:
        r0 = 2                          # XDP_PASS
        exit
