// expect: 4:25: error: cannot convert a value of type '__vector(4) short' to vector type '__vector(4) int' which has different size
typedef int v4si __attribute__((vector_size(16)));
typedef short v4hi __attribute__((vector_size(8)));
v4si f(v4hi a) { return (v4si)a; }
