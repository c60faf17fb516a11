// expect: 3:14: error: macro "ADD" requires 2 arguments, but only 1 given
#define ADD(a, b) ((a) + (b))
int x = ADD(1);
