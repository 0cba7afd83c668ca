r0 = 0
goto -5
exit
