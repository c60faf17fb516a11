// expect: 3:24: error: wrong type argument to unary exclamation mark
typedef int v4si __attribute__((vector_size(16)));
int f(v4si a) { return !a; }
