// expect: 3:16: error: invalid application of 'sizeof' to incomplete type 'struct S'
struct S;
int n = sizeof(struct S);
