# Numeric local labels: 1: may repeat; 1b/1f name the nearest one before/after.
	.text
1: r0 = 1
 if r0 > 2 goto 1b
 goto 1f
 r0 = 2
1: exit
 goto 1b
 call 1b
 gotol 1b
