# xdp: bpf_redirect with unknown flags returns XDP_ABORTED.
# type: xdp
# packets: udp64
r1 = 1
r2 = 0x100
call 23
exit
