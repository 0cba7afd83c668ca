call a
r0 = 0
exit
a: call b
exit
b: call c
exit
c: call d
exit
d: call e
exit
e: call g
exit
g: call h
exit
h: call i
exit
i: r0 = 0
exit
