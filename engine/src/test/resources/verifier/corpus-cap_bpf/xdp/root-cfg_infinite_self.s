l: goto l
exit
