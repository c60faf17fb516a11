// 9cc bug found building Debian's bzip2 with test/real.sh (bzlib.c:804):
// with -Wall, a function that can only leave through the return inside a
// while (1) loop draws "control reaches end of non-void function".  gcc
// -Wall -Wextra says nothing; 9cc is quiet too with for (;;).
//   ./9cc -Wall -c -o /dev/null test/real-bugs/while1-warning.c
int f(int x) {
  while (1)
    if (x)
      return 1;
}
