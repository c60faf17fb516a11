// expect: 3:27: error: invalid operands to binary % (have '__vector(4) float' and '__vector(4) float')
typedef float v4sf __attribute__((vector_size(16)));
v4sf f(v4sf a) { return a % a; }
