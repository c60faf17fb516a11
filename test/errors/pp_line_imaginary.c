// expect: 2:7: error: invalid line marker
#line 5.0i
int x;
