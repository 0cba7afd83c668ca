r0 = 0
goto -10
exit
