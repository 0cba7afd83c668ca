# Tracepoint tracer: on a raw_syscalls:sys_enter style tracepoint, copies the syscall number and its
# first two arguments into a ring buffer record, and counts calls per syscall number.
# Shows: the tracepoint context (common fields, then id at offset 8 and args[] from offset 16),
#        bpf_ringbuf_output (copy a stack buffer into the ring buffer), and a hash map counter
#        created on first sight with BPF_NOEXIST.
# run: bpfplay run --type tracepoint --dump calls --dump events examples/tracepoint_ringbuf.s
# expect: retval=0
# expect-entries: events 1
# expect-map: calls 0000000000000000=0100000000000000
.map events ringbuf key=0 value=0 max_entries=4096
.map calls hash key=8 value=8 max_entries=512

        r6 = r1
        r1 = *(u64 *)(r6 + 8)           # syscall number
        *(u64 *)(r10 - 24) = r1
        r1 = *(u64 *)(r6 + 16)          # args[0]
        *(u64 *)(r10 - 16) = r1
        r1 = *(u64 *)(r6 + 24)          # args[1]
        *(u64 *)(r10 - 8) = r1
        r1 = events ll
        r2 = r10
        r2 += -24
        r3 = 24
        r4 = 0
        call bpf_ringbuf_output
        r1 = calls ll
        r2 = r10
        r2 += -24                       # key: the syscall number
        call bpf_map_lookup_elem
        if r0 == 0 goto first
        r1 = 1
        lock *(u64 *)(r0 + 0) += r1
        goto out
first:
        r1 = 1
        *(u64 *)(r10 - 32) = r1
        r1 = calls ll
        r2 = r10
        r2 += -24
        r3 = r10
        r3 += -32
        r4 = 1                          # BPF_NOEXIST: another CPU may have created it meanwhile
        call bpf_map_update_elem
out:
        r0 = 0
        exit
