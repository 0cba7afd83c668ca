call 173
exit
