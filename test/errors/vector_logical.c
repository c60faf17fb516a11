// expect: 3:32: error: used vector type where scalar is required
typedef int v4si __attribute__((vector_size(16)));
int f(v4si a, v4si b) { return a && b; }
