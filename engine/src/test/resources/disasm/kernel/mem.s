# kernel-oracle: --type socket_filter
# Loads and stores of every size on the stack, sign-extending loads, ST with an immediate.
r6 = r1
r1 = 1
*(u64 *)(r10 - 8) = r1
*(u32 *)(r10 - 12) = r1
*(u16 *)(r10 - 14) = r1
*(u8 *)(r10 - 15) = r1
*(u8 *)(r10 - 16) = 127
*(u64 *)(r10 - 24) = -5
*(u32 *)(r10 - 28) = 7
*(u16 *)(r10 - 30) = 65535
r2 = *(u64 *)(r10 - 8)
r2 = *(u32 *)(r10 - 12)
r2 = *(u16 *)(r10 - 14)
r2 = *(u8 *)(r10 - 15)
r2 = *(s32 *)(r10 - 12)
r2 = *(s16 *)(r10 - 14)
r2 = *(s8 *)(r10 - 15)
r3 = r10
r3 += -16
r2 = *(u64 *)(r3 + 8)
*(u64 *)(r3 + 0) = r2
r2 = *(u32 *)(r6 + 0)
r0 = 0
exit
