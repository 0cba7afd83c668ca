# type: socket_filter
# __sk_buff.family..local_port (ctx+88..139) are not readable by socket_filter (only via sk).
  r0 = *(u32 *)(r1 + 88)
  exit
