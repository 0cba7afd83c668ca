call f
exit
f: exit
