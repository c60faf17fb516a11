// expect: 5:39: error: memory input 1 is not directly addressable
// A memory operand is an object; x + 1 is a value.
void f(int x) {
  int y;
  asm("movl %1, %0" : "=r"(y) : "m"(x + 1));
}
