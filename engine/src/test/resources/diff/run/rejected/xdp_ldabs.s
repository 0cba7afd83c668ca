# type: xdp
# LD_ABS is only for socket-buffer program types; xdp rejects it.
  r6 = r1
  r0 = *(u8 *)skb[0]
  exit
