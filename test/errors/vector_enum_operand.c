// expect: 6:12: error: invalid operands to binary + (have '__vector(4) int' and 'enum E')
// gcc makes a vector of an integer or floating scalar, not of a _Bool or an enum.
typedef int v4si __attribute__((vector_size(16)));
enum E { A = 1 };
v4si f(v4si v, enum E e) {
  return v + e;
}
