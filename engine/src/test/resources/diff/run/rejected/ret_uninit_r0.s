# type: xdp
# Exit with r0 never written.
  exit
