# socket_filter: lookup in a percpu_hash and a percpu_array (pre-filled with a different value per CPU), then
# write through the pointer (this CPU's copy only); a program update of a new percpu_hash key writes this
# CPU's copy; the dump shows what the other copies hold.
# type: socket_filter
# maps: ph:percpu_hash:4:8:4 pa:percpu_array:4:16:2
# inits: ph:05000000=11111111111111112222222222222222 pa:01000000=0100000000000000020000000000000003000000000000000400000000000000
# packets: udp64
r1 = 5
*(u32 *)(r10 - 4) = r1
r1 = ph ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto next
r1 = *(u64 *)(r0 + 0)
r1 += 1
*(u64 *)(r0 + 0) = r1
next:
r1 = 1
*(u32 *)(r10 - 4) = r1
r1 = pa ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto next2
r1 = 0x77
*(u64 *)(r0 + 8) = r1
next2:
r1 = 6
*(u32 *)(r10 - 4) = r1
r1 = 0x99 ll
*(u64 *)(r10 - 16) = r1
r1 = ph ll
r2 = r10
r2 += -4
r3 = r10
r3 += -16
r4 = 0
call 2
r0 = 0
exit
