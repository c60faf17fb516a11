// Helpers linked into every test program.  Kept free of the preprocessor's
// and the headers' features so that any stage of 9cc can compile it.
int printf(const char *fmt, ...);
void exit(int status);

void assert_eq(long expected, long actual, char *code, char *file, int line) {
  if (expected == actual)
    return;
  printf("%s:%d: %s => %ld expected but got %ld\n", file, line, code, expected, actual);
  exit(1);
}

void assert_double(double expected, double actual, char *code, char *file, int line) {
  if (expected == actual)
    return;
  printf("%s:%d: %s => %.17g expected but got %.17g\n", file, line, code, expected, actual);
  exit(1);
}

void test_done(char *file) {
  printf("%s: OK\n", file);
}
