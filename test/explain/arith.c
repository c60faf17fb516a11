// Code whose lines test/explain.sh knows by reasoning (exits with 42).
int scale(int a, int b) {
  int c = a * b;
  return c + 1;
}
int main(void) { return scale(6, 7) - 1; }
