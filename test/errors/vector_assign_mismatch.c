// expect: 5:5: error: incompatible types when assigning to type '__vector(4) int' from type '__vector(4) unsigned int'
typedef int v4si __attribute__((vector_size(16)));
typedef unsigned v4ui __attribute__((vector_size(16)));
void f(v4si a, v4ui b) {
  a = b;
}
