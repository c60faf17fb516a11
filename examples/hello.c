// The smallest complete program: ./9cc -run examples/hello.c
#include <stdio.h>

int main(void) {
  printf("Hello from 9cc!\n");
  return 0;
}
