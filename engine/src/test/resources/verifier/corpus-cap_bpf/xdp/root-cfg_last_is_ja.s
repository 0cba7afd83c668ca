r0 = 0
exit
goto -2
