// expect: 2:45: error: invalid vector type for attribute 'vector_size'
typedef _Bool vb __attribute__((vector_size(16)));
