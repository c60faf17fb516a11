// expect: 3:11: error: missing terminating ' character
int main(void) {
  int c = 'a;
  return c;
}
