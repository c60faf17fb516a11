// expect: 5:12: error: an x87 output must be in st(0) or st(1) ('t' or 'u')
// After the asm, 9cc pops each output from where its constraint says.
double f(double x) {
  double r;
  asm("" : "=f"(r) : "0"(x));
  return r;
}
