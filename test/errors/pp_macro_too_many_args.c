// expect: 3:20: error: macro "ADD" passed 3 arguments, but takes just 2
#define ADD(a, b) ((a) + (b))
int x = ADD(1, 2, 3);
