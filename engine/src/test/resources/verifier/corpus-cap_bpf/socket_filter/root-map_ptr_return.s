r0 = m ll
exit
