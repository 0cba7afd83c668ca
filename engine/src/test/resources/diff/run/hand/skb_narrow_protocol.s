# type: socket_filter
# packets: udp64 ipv6_udp arp
# Narrow ctx loads: u8 at protocol+0 and +1, u16 at protocol+0 (little-endian view of the __be16 value).
  r2 = *(u8 *)(r1 + 16)
  r3 = *(u8 *)(r1 + 17)
  r4 = *(u16 *)(r1 + 16)
  r0 = r2
  r0 <<= 8
  r0 |= r3
  r0 <<= 16
  r0 |= r4
  exit
