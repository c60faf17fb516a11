// expect: 13:9: error: expected expression before ';' token
#line 10
#if 0
# 99 "b.c"
#endif
int x = ;
