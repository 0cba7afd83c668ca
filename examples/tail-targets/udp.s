# Tail-call target for UDP, loaded by examples/tail_dispatch.s (see its header): counts in hits[1], drops.
# type: xdp
.map jmp_table prog_array key=4 value=4 max_entries=256
.map hits array key=4 value=8 max_entries=2

        r1 = 1
        *(u32 *)(r10 - 4) = r1
        r1 = hits ll
        r2 = r10
        r2 += -4
        call bpf_map_lookup_elem
        if r0 == 0 goto out
        r1 = 1
        lock *(u64 *)(r0 + 0) += r1
out:
        r0 = 1                          # XDP_DROP
        exit
