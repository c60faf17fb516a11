// expect: 2:5: error: 'f' declared as function returning an array
int f(void)[3];
