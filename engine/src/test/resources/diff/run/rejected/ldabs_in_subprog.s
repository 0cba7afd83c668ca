# type: socket_filter
# LD_ABS inside a subprogram is rejected without BTF ("LD_ABS is not allowed in subprogs without BTF");
# LD_ABS in the main program of a program with subprograms is accepted (hand/ldabs_main_with_subprog.s).
  r6 = r1
  r0 = *(u8 *)skb[0]
  r7 = r0
  call sub
  r0 <<= 8
  r0 |= r7
  exit
sub:
  r6 = r1
  r0 = *(u8 *)skb[9]
  r0 += 0x100
  exit
