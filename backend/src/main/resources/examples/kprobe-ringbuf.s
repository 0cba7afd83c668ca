# kprobe tracer: on each call of the probed function, sends an event {pid_tgid, timestamp, first argument}
# to user space through a ring buffer.
# Shows: reading x86-64 registers from pt_regs (rdi, the first argument, is at offset 112),
#        bpf_ringbuf_reserve / bpf_ringbuf_submit (write in place, no copy), and the NULL check the
#        verifier requires when the ring buffer is full.
# run: bpfplay run --type kprobe --dump events examples/kprobe_ringbuf.s
# expect: retval=0
# expect-entries: events 1
.map events ringbuf key=0 value=0 max_entries=4096

        r6 = *(u64 *)(r1 + 112)         # pt_regs->di: the probed function's first argument
        r1 = events ll
        r2 = 24                         # event size
        r3 = 0
        call bpf_ringbuf_reserve
        if r0 == 0 goto out             # ring buffer full: the event is lost
        r7 = r0
        call bpf_get_current_pid_tgid
        *(u64 *)(r7 + 0) = r0
        call bpf_ktime_get_ns
        *(u64 *)(r7 + 8) = r0
        *(u64 *)(r7 + 16) = r6
        r1 = r7
        r2 = 0
        call bpf_ringbuf_submit         # the reservation must be submitted or discarded on every path
out:
        r0 = 0
        exit
