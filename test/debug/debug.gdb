break add
break fact if n == 1
break mix
break vars.c:40
break vars.c:43
break vars.c:46
break vars.c:64
run
info args
next
next
print s
print calls
print &calls == &add::calls
print d
print a + b * 10
continue
bt
frame 3
print n
continue
info args
next
print h
continue
print x
print total
continue
print x
print i
print total
continue
print x
print total
continue
print x
print total
continue
print p
print q
print *q.next
print q.next->name
print w
print w.bytes[3]
print c
print (enum color)6
print fl
print fl.level
print msg
print *msg@3
print arr
print arr[1] * 2
print op
print ld
print big
print wide
ptype wide
print r
print f
print m
print scale
print counter
print greeting
print table
print table[1][2]
print per_thread
print sizeof(p)
print sizeof(fl)
ptype p
ptype struct point
ptype union word
ptype enum color
ptype struct flags
ptype op
ptype add
ptype mix
whatis big
whatis table
print vec
print vec[2]
ptype vec
