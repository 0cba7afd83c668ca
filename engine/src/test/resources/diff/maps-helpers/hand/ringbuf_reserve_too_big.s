# ringbuf of 4096 bytes: a reservation larger than the ring fails (NULL), output of 4000 bytes fails
# after a 200-byte record, then query of avail/size/cons/prod; results in res.
# type: xdp
# maps: rb:ringbuf:0:0:4096 res:array:4:56:1
# packets: udp64
r1 = 0
*(u32 *)(r10 - 4) = r1
r1 = res ll
r2 = r10
r2 += -4
call 1
if r0 == 0 goto out
r9 = r0
r1 = rb ll
r2 = 8192
r3 = 0
call 131
r6 = 0
if r0 == 0 goto nores
r1 = r0
r2 = 0
call 133
r6 = 1
nores:
*(u64 *)(r9 + 0) = r6
r1 = rb ll
r2 = 200
r3 = 0
call 131
r6 = 0
if r0 == 0 goto nores2
r1 = 0xabcdef
*(u64 *)(r0 + 0) = r1
r1 = r0
r2 = 0
call 132
r6 = 1
nores2:
*(u64 *)(r9 + 8) = r6
r1 = rb ll
r2 = 0
call 134
*(u64 *)(r9 + 16) = r0
r1 = rb ll
r2 = 1
call 134
*(u64 *)(r9 + 24) = r0
r1 = rb ll
r2 = 2
call 134
*(u64 *)(r9 + 32) = r0
r1 = rb ll
r2 = 3
call 134
*(u64 *)(r9 + 40) = r0
r1 = rb ll
r2 = 4
call 134
*(u64 *)(r9 + 48) = r0
out:
r0 = 2
exit
