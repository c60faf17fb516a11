// expect: 3:27: error: cannot convert value to a vector
typedef long v2di __attribute__((vector_size(16)));
v2di f(double d) { return (v2di)d; }
