// expect: 3:10: error: incompatible types when initializing type '__vector(1) int' using type 'int'
typedef int v1si __attribute__((vector_size(4)));
v1si g = 5;
