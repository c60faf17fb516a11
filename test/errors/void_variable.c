// expect: 3:8: error: variable or field 'v' declared void
int main(void) {
  void v;
  return 0;
}
