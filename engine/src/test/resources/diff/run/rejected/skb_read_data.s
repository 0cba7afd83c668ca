# type: socket_filter
# socket_filter cannot read __sk_buff.data (direct packet access is not available to it).
  r0 = *(u32 *)(r1 + 76)
  exit
