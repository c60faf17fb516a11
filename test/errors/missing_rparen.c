// expect: 3:16: error: expected ')' before ';' token
int main(void) {
  return (1 + 2;
}
