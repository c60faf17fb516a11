// expect: 4:30: error: incompatible types when initializing type '__vector(4) int' using type 'int'
typedef int v4si __attribute__((vector_size(16)));
int main(void) {
  v4si x = {1, 2, 3, 4}, y = 5;
  return x[0] + y[0];
}
