# type: xdp
# LD_IND in an xdp program is rejected like LD_ABS.
  r6 = r1
  r7 = 0
  r0 = *(u8 *)skb[r7]
  exit
