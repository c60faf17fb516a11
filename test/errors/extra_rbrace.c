// expect: 5:1: error: expected identifier or '(' before '}' token
int main(void) {
  return 0;
}
}
