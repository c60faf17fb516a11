// expect: 2:8: error: expected ']' before ';' token
int a[3;
