# type: socket_filter
# packets: udp64 tcp_syn eth14
# LD_ABS in the main program of a program that also calls a subprogram (allowed; LD_ABS inside the
# subprogram is not, see rejected/ldabs_in_subprog.s). eth14 has no byte 9: the program ends with r0 = 0.
  r6 = r1
  r1 = 5
  call sub
  r7 = r0
  r0 = *(u8 *)skb[9]
  r0 <<= 8
  r0 |= r7
  exit
sub:
  r0 = r1
  r0 *= 3
  exit
