// expect: 4:23: error: operand constraints for 'asm' differ in number of alternatives
// Every operand has as many alternatives as the others.
void f(int x, int y) {
  asm("" :: "r,m"(x), "r"(y));
}
