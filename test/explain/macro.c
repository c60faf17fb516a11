// Macros: test/explain.sh checks where each expanded token came from.
#define SQUARE(x) ((x) * (x))
#define TEN 10
int f(int n) {
  return SQUARE(n) + TEN;
}
