// expect: 3:24: error: cannot convert a vector of type '__vector(4) int' to type 'int' which has different size
typedef int v4si __attribute__((vector_size(16)));
int f(v4si a) { return (int)a; }
