# JMP (64-bit compares): every comparison, register and immediate forms, labels and numeric offsets.
	.text
start:
	if r1 == r2 goto start
	if r0 == r10 goto end
	if r3 == 0 goto +1
	if r3 == -1 goto +1
	if r3 == 0x7fffffff goto +1
	if r3 == -2147483648 goto +1
	if r3 == 0xffffffff goto +1
	if r3 == 42 goto +1
	if r9 == r1 goto -1
	if r5 == 7 goto 0
	if r1 != r2 goto start
	if r0 != r10 goto end
	if r3 != 0 goto +1
	if r3 != -1 goto +1
	if r3 != 0x7fffffff goto +1
	if r3 != -2147483648 goto +1
	if r3 != 0xffffffff goto +1
	if r3 != 42 goto +1
	if r9 != r1 goto -1
	if r5 != 7 goto 0
	if r1 > r2 goto start
	if r0 > r10 goto end
	if r3 > 0 goto +1
	if r3 > -1 goto +1
	if r3 > 0x7fffffff goto +1
	if r3 > -2147483648 goto +1
	if r3 > 0xffffffff goto +1
	if r3 > 42 goto +1
	if r9 > r1 goto -1
	if r5 > 7 goto 0
	if r1 >= r2 goto start
	if r0 >= r10 goto end
	if r3 >= 0 goto +1
	if r3 >= -1 goto +1
	if r3 >= 0x7fffffff goto +1
	if r3 >= -2147483648 goto +1
	if r3 >= 0xffffffff goto +1
	if r3 >= 42 goto +1
	if r9 >= r1 goto -1
	if r5 >= 7 goto 0
	if r1 < r2 goto start
	if r0 < r10 goto end
	if r3 < 0 goto +1
	if r3 < -1 goto +1
	if r3 < 0x7fffffff goto +1
	if r3 < -2147483648 goto +1
	if r3 < 0xffffffff goto +1
	if r3 < 42 goto +1
	if r9 < r1 goto -1
	if r5 < 7 goto 0
	if r1 <= r2 goto start
	if r0 <= r10 goto end
	if r3 <= 0 goto +1
	if r3 <= -1 goto +1
	if r3 <= 0x7fffffff goto +1
	if r3 <= -2147483648 goto +1
	if r3 <= 0xffffffff goto +1
	if r3 <= 42 goto +1
	if r9 <= r1 goto -1
	if r5 <= 7 goto 0
	if r1 s> r2 goto start
	if r0 s> r10 goto end
	if r3 s> 0 goto +1
	if r3 s> -1 goto +1
	if r3 s> 0x7fffffff goto +1
	if r3 s> -2147483648 goto +1
	if r3 s> 0xffffffff goto +1
	if r3 s> 42 goto +1
	if r9 s> r1 goto -1
	if r5 s> 7 goto 0
	if r1 s>= r2 goto start
	if r0 s>= r10 goto end
	if r3 s>= 0 goto +1
	if r3 s>= -1 goto +1
	if r3 s>= 0x7fffffff goto +1
	if r3 s>= -2147483648 goto +1
	if r3 s>= 0xffffffff goto +1
	if r3 s>= 42 goto +1
	if r9 s>= r1 goto -1
	if r5 s>= 7 goto 0
	if r1 s< r2 goto start
	if r0 s< r10 goto end
	if r3 s< 0 goto +1
	if r3 s< -1 goto +1
	if r3 s< 0x7fffffff goto +1
	if r3 s< -2147483648 goto +1
	if r3 s< 0xffffffff goto +1
	if r3 s< 42 goto +1
	if r9 s< r1 goto -1
	if r5 s< 7 goto 0
	if r1 s<= r2 goto start
	if r0 s<= r10 goto end
	if r3 s<= 0 goto +1
	if r3 s<= -1 goto +1
	if r3 s<= 0x7fffffff goto +1
	if r3 s<= -2147483648 goto +1
	if r3 s<= 0xffffffff goto +1
	if r3 s<= 42 goto +1
	if r9 s<= r1 goto -1
	if r5 s<= 7 goto 0
	if r1 & r2 goto start
	if r0 & r10 goto end
	if r3 & 0 goto +1
	if r3 & -1 goto +1
	if r3 & 0x7fffffff goto +1
	if r3 & -2147483648 goto +1
	if r3 & 0xffffffff goto +1
	if r3 & 42 goto +1
	if r9 & r1 goto -1
	if r5 & 7 goto 0
	goto start
	goto end
	goto +0
	goto -1
	goto 3
	goto + 4
	goto +32767
	goto -32768
	if r1 == 0 goto +32767
	if r1 == 0 goto -32768
	gotol start
	gotol end
	gotol +0
	gotol -1
	gotol +32767
	gotol -32768
	may_goto start
	may_goto end
	may_goto +0
	may_goto -5
	may_goto +32767
end:
	exit
