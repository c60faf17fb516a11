// expect: 4:27: error: incompatible types when initializing type '__vector(4) int' using type '__vector(4) float'
typedef int v4si __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
v4si f(v4sf b) { v4si a = b; return a; }
