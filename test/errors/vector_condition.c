// expect: 4:7: error: used vector type where scalar is required
typedef int v4si __attribute__((vector_size(16)));
int f(v4si a) {
  if (a)
    return 1;
  return 0;
}
