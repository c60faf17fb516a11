// expect: 3:11: error: expected ';' before '}' token
int main(void) {
  return 0
}
