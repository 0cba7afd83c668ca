# type: xdp
# packets: udp64
# ctx: 000000004000000000000000010000000100000000000000
# xdp_md ctx_in with rx_queue_index=1 on lo, which has a single rx queue: BPF_PROG_TEST_RUN fails with EINVAL
# (recorded in run-errors.jsonl).
  r0 = *(u32 *)(r1 + 16)
  exit
