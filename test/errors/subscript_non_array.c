// expect: 5:11: error: subscripted value is neither array nor pointer
// note: gcc says '... nor pointer nor vector'; 9cc has no vector types, so the vector clause is dropped
int main(void) {
  int x = 1;
  return x[0];
}
