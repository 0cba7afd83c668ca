# type: socket_filter
# packets: udp64
# LD_IND with register -2 and immediate 4: offset -2 + 4 = 2 inside the packet (IPv4 total length, 0x32).
  r6 = r1
  r7 = -2
  .byte 0x48, 0x70, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00   # LD_IND H src=r7 imm=4
  r0 += 1
  exit
