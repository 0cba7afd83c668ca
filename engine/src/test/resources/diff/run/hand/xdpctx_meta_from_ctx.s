# type: xdp
# packets: udp64 tcp_syn
# ctx: 080000004000000000000000000000000000000000000000
# xdp_md ctx_in with data=8, data_end=64: the first 8 input bytes become metadata (data_meta = data - 8) and
# the frame is bytes 8..63; on tcp_syn (74 bytes) the remaining 10 bytes go to a fragment the program cannot
# see directly, but data_out still returns all input bytes, metadata included. The program reads the metadata
# as a u64, overwrites its first u32 (visible in data_out), and returns
# (data - data_meta) | (data_end - data) << 8 | (low byte of the old metadata) << 24.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r4 = *(u32 *)(r1 + 8)
  r0 = 0
  r5 = r4
  r5 += 8
  if r5 > r2 goto out
  r6 = *(u64 *)(r4 + 0)
  *(u32 *)(r4 + 0) = 0x11223344
  r0 = r2
  r0 -= r4
  r7 = r3
  r7 -= r2
  r7 <<= 8
  r0 |= r7
  r6 &= 0xff
  r6 <<= 24
  r0 |= r6
out:
  exit
