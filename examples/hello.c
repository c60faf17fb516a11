// hello.c: the smallest complete program.  Run it with
// `./9cc -run examples/hello.c`: 9cc compiles it to assembly, assembles and
// links it into a temporary executable with as and ld, runs that, and exits
// with the program's status.  printf comes from glibc, declared by the
// system's <stdio.h>.
#include <stdio.h>

int main(void) {
  printf("Hello from 9cc!\n");
  return 0;
}
