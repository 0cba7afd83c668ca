r0 = 0
l: r0 += 1
goto l
exit
