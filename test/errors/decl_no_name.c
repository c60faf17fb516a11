// expect: 3:7: error: expected identifier or '(' before '=' token
int main(void) {
  int = 3;
  return 0;
}
