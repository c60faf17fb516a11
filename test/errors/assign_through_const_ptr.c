// expect: 5:6: error: assignment of read-only location '*p'
int main(void) {
  int x = 0;
  const int *p = &x;
  *p = 1;
  return x;
}
