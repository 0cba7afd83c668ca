# Queue and stack maps: pushes 1, 2, 3 into a queue and into a stack, then pops one value from each:
# the queue gives back the first value pushed (1, FIFO), the stack the last (3, LIFO).
# Shows: bpf_map_push_elem / bpf_map_pop_elem / bpf_map_peek_elem on maps without keys (key=0),
#        values copied to and from the stack, and the results stored in an array for inspection:
#        results[0] = queue pop, results[1] = stack pop, results[2] = queue peek after the pop.
# run: bpfplay run --type xdp --packet 'eth ipv4 udp' --dump results examples/queue_stack.s
# expect: retval=XDP_PASS
.map fifo queue key=0 value=4 max_entries=8
.map lifo stack key=0 value=4 max_entries=8
.map results array key=4 value=4 max_entries=3

        r6 = 1
push:
        *(u32 *)(r10 - 4) = r6
        r1 = fifo ll
        r2 = r10
        r2 += -4
        r3 = 0                          # flags: 0, or BPF_EXIST to overwrite the oldest when full
        call bpf_map_push_elem
        r1 = lifo ll
        r2 = r10
        r2 += -4
        r3 = 0
        call bpf_map_push_elem
        r6 += 1
        if r6 <= 3 goto push
        r1 = fifo ll
        r2 = r10
        r2 += -8
        call bpf_map_pop_elem           # -ENOENT when empty; the value lands at fp-8
        r1 = lifo ll
        r2 = r10
        r2 += -12
        call bpf_map_pop_elem
        r1 = fifo ll
        r2 = r10
        r2 += -16
        call bpf_map_peek_elem          # reads without removing
        r7 = 0
store:
        *(u32 *)(r10 - 20) = r7
        r2 = r7
        r2 *= -4
        r2 += -8                        # fp-8, fp-12, fp-16
        r3 = r10
        r3 += r2
        r1 = results ll
        r2 = r10
        r2 += -20
        r4 = 0
        call bpf_map_update_elem
        r7 += 1
        if r7 < 3 goto store
        r0 = 2                          # XDP_PASS
        exit
