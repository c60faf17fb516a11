// expect: 4:7: error: 'n' redeclared as different kind of symbol
// The parameters are in the scope of the body's outermost block (C11 6.2.1p4).
int f(int n) {
  int n = 2;
  return n;
}
