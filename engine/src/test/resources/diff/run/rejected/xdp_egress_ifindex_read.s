# type: xdp
# rejected: invalid bpf_context access off=20 size=4 (egress_ifindex needs a devmap attach type)
# xdp_md.egress_ifindex (ctx+20) cannot be read by a plain xdp program.
  r2 = *(u32 *)(r1 + 20)
  r0 = r2
  r0 += 9
  exit
