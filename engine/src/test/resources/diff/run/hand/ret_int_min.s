# type: socket_filter
# packets: udp64
# socket_filter returning 0x80000000 (INT32_MIN as s32) is reported unsigned.
  r0 = 0x80000000 ll
  exit
