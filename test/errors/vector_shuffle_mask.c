// expect: 3:25: error: '__builtin_shuffle' last argument must be an integer vector
typedef float v4sf __attribute__((vector_size(16)));
v4sf f(v4sf a) { return __builtin_shuffle(a, a); }
