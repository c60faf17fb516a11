// expect: 2:46: error: vectors of more than 1024 bytes are not supported
typedef char huge __attribute__((vector_size(2048)));
