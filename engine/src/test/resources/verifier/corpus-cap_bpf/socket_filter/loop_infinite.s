r0 = 0
l: r0 = 0
goto l
