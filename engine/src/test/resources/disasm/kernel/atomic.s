# kernel-oracle: --type socket_filter
# Atomic operations on the stack, 64- and 32-bit, with and without fetch.
r1 = 1
*(u64 *)(r10 - 8) = r1
*(u64 *)(r10 - 16) = r1
lock *(u64 *)(r10 - 8) += r1
lock *(u64 *)(r10 - 8) |= r1
lock *(u64 *)(r10 - 8) &= r1
lock *(u64 *)(r10 - 8) ^= r1
lock *(u32 *)(r10 - 16) += w1
lock *(u32 *)(r10 - 16) |= w1
lock *(u32 *)(r10 - 16) &= w1
lock *(u32 *)(r10 - 16) ^= w1
r1 = atomic_fetch_add((u64 *)(r10 - 8), r1)
r1 = atomic_fetch_or((u64 *)(r10 - 8), r1)
r1 = atomic_fetch_and((u64 *)(r10 - 8), r1)
r1 = atomic_fetch_xor((u64 *)(r10 - 8), r1)
w1 = atomic_fetch_add((u32 *)(r10 - 16), w1)
w1 = atomic_fetch_or((u32 *)(r10 - 16), w1)
w1 = atomic_fetch_and((u32 *)(r10 - 16), w1)
w1 = atomic_fetch_xor((u32 *)(r10 - 16), w1)
r1 = xchg_64(r10 - 8, r1)
w1 = xchg32_32(r10 - 16, w1)
r0 = 0
r0 = cmpxchg_64(r10 - 8, r0, r1)
w0 = cmpxchg32_32(r10 - 16, w0, w1)
r0 = 0
exit
