# type: socket_filter
# packets: udp64
# w0 = -7 then exit: 0xfffffff9.
  w0 = -7
  exit
