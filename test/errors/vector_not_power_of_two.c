// expect: 2:45: error: number of vector components 3 not a power of two
typedef int v3si __attribute__((vector_size(12)));
