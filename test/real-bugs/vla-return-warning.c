// 9cc bug found building Debian's jq with test/real.sh (src/jv_file.c:83):
// with -Wall, a function that declares a variable-length array draws
// "control reaches end of non-void function" although it ends in a return.
// The code is right (the program exits 0); gcc -Wall -Wextra says nothing.
//   ./9cc -Wall -o vla test/real-bugs/vla-return-warning.c && ./vla
int f(int n) {
  char buf[n];
  buf[0] = 7;
  return buf[0];
}

int main(void) { return f(3) != 7; }
