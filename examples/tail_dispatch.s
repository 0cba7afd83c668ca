# Tail-call dispatcher: jumps to a per-protocol program stored in a prog_array, indexed by the IPv4
# protocol number; protocols without a program fall through and pass.
# Shows: bpf_tail_call(ctx, prog_array, index), which never returns when it succeeds (the target's
#        return value is the verdict) and returns to the next instruction when the slot is empty.
#        The CLI loads the targets with --tail MAP:SLOT=FILE; targets share this program's maps and
#        declare the same .map lines in the same order. Here TCP (6) goes to tail-targets/tcp.s, which
#        counts and passes, and UDP (17) to tail-targets/udp.s, which drops.
# The kernel cannot fill a prog_array through kernel-oracle, so the kernel only verifies these three.
# run: bpfplay run --type xdp --packet 'eth ipv4(src=10.0.0.1,dst=10.0.0.2) udp(dport=53)' --tail jmp_table:6=examples/tail-targets/tcp.s --tail jmp_table:17=examples/tail-targets/udp.s --dump hits examples/tail_dispatch.s
# expect: retval=XDP_DROP
# expect-map: hits 01000000=0100000000000000
.map jmp_table prog_array key=4 value=4 max_entries=256
.map hits array key=4 value=8 max_entries=2

        r6 = r1                         # the context must be passed to the target
        r2 = *(u32 *)(r6 + 0)
        r3 = *(u32 *)(r6 + 4)
        r4 = r2
        r4 += 34
        if r4 > r3 goto pass
        r4 = *(u16 *)(r2 + 12)
        if r4 != 0x8 goto pass
        r3 = *(u8 *)(r2 + 23)           # index: the protocol number
        r1 = r6
        r2 = jmp_table ll
        call bpf_tail_call
pass:
        r0 = 2                          # no program for this protocol: XDP_PASS
        exit
