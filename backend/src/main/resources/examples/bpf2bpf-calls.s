# BPF-to-BPF calls: the packet is classified by a subprogram, and a second subprogram counts the verdict.
# Shows: `call LABEL` (a pseudo call: own stack frame, r1-r5 arguments, r0 result, r6-r9 preserved),
#        passing a scalar in and out, and a subprogram using a map and its own stack.
#        The verifier checks each subprogram once per calling context.
# run: bpfplay run --type xdp --packet 'eth ipv4(src=10.0.0.1,dst=10.0.0.2) icmp(type=8)' --dump verdicts examples/bpf2bpf_calls.s
# expect: retval=XDP_DROP
.map verdicts array key=4 value=8 max_entries=4

        r2 = *(u32 *)(r1 + 0)
        r3 = *(u32 *)(r1 + 4)
        r1 = 0                          # protocol 0 when it cannot be read
        r4 = r2
        r4 += 34
        if r4 > r3 goto classify_it
        r1 = *(u8 *)(r2 + 23)
classify_it:
        call classify                   # r0 = XDP verdict for protocol r1
        r6 = r0                         # callee-saved: survives the next call
        r1 = r0
        call count
        r0 = r6
        exit

# classify(proto): ICMP is dropped, everything else passes.
classify:
        r0 = 2                          # XDP_PASS
        if r1 != 1 goto classify_done
        r0 = 1                          # XDP_DROP
classify_done:
        exit

# count(verdict): verdicts[verdict] += 1
count:
        *(u32 *)(r10 - 4) = r1
        r1 = verdicts ll
        r2 = r10
        r2 += -4
        call bpf_map_lookup_elem
        if r0 == 0 goto count_done
        r1 = 1
        lock *(u64 *)(r0 + 0) += r1
count_done:
        r0 = 0
        exit
