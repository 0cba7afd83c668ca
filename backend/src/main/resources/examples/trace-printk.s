# trace_printk debugging: prints the packet length and IPv4 protocol to the trace pipe
# (/sys/kernel/tracing/trace_pipe on a real system; `trace:` lines in bpfplay's output).
# Shows: bpf_trace_printk(fmt, fmt_size, arg1, arg2, arg3) with the format string built on the stack
#        (fmt_size counts the terminating NUL), at most 3 arguments, and %d / %u conversions.
#        The helper is for debugging only: it is slow and GPL-only.
# run: bpfplay run --type xdp --packet 'eth ipv4(src=10.0.0.1,dst=10.0.0.2) udp(dport=53) payload="hi"' examples/trace_printk.s
# expect: retval=XDP_PASS
# expect-trace: bpf_trace_printk: len=44 proto=17
        r2 = *(u32 *)(r1 + 0)
        r3 = *(u32 *)(r1 + 4)
        r6 = r3
        r6 -= r2                        # packet length
        r7 = 0
        r4 = r2
        r4 += 34
        if r4 > r3 goto print
        r7 = *(u8 *)(r2 + 23)           # protocol
print:
        # "len=%d proto=%d\n" with its NUL: 17 bytes, written as little-endian words
        r1 = 0x702064253d6e656c ll      # "len=%d p"
        *(u64 *)(r10 - 24) = r1
        r1 = 0xa64253d6f746f72 ll       # "roto=%d\n"
        *(u64 *)(r10 - 16) = r1
        r1 = 0
        *(u8 *)(r10 - 8) = r1           # the terminating NUL
        r1 = r10
        r1 += -24
        r2 = 17                         # format size, NUL included
        r3 = r6
        r4 = r7
        call bpf_trace_printk
        r0 = 2                          # XDP_PASS
        exit
