# type: socket_filter
# packets: udp64
# ctx: 0100000000000000
# ctx_in with a non-zero __sk_buff.len (a field test_run does not accept from user space): BPF_PROG_TEST_RUN
# fails with EINVAL before the program runs (recorded in run-errors.jsonl).
  r0 = *(u32 *)(r1 + 0)
  exit
