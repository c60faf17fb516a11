// expect: 4:12: error: output operand constraint lacks '='
// An output's constraint starts with '=' or '+'.
void f(int x) {
  asm("" : "r"(x));
}
