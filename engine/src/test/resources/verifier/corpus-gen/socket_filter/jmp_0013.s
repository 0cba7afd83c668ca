r0 = 0
goto -3
exit
