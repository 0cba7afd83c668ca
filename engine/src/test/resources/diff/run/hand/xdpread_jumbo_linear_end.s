# type: xdp
# packets: jumbo3712 udp64
# Only the first 3520 bytes (PAGE_SIZE - XDP_PACKET_HEADROOM - skb_shared_info) are linear: a check for 3520
# bytes passes on jumbo3712 and reads byte 3519; a check for 3521 bytes fails. r0 = byte | pass3520 << 8 |
# pass3521 << 9; data_out is still the whole input.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 3520
  if r4 > r3 goto out
  r0 = *(u8 *)(r2 + 3519)
  r0 |= 0x100
  r4 += 1
  if r4 > r3 goto out
  r0 |= 0x200
out:
  exit
