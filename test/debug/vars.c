// test/debug/vars.c: a program for test/debug.sh to stop in with gdb and
// print what it sees, once built by gcc -g -O0 and once by 9cc -g.  The
// names, types and values gdb shows must be the same.  (Line numbers are
// named in debug.gdb: keep them in step.)
#include <stdio.h>

struct point { int x, y; char name[8]; struct point *next; };
union word { int i; unsigned char bytes[4]; };
enum color { RED, GREEN = 5, BLUE };
struct flags { unsigned ready : 1; int level : 4; unsigned char mode; };
typedef struct point Point;

double scale = 2.5;
static long counter = 7;
const char *greeting = "hello";
int table[2][3] = {{1, 2, 3}, {4, 5, 6}};
_Thread_local int per_thread = 11;

int add(int a, int b) {
  static int calls; int s = a + b + 0 * ++calls;
  double d = s * scale;
  return s + (int)d;
}

long fact(long n) {
  if (n <= 1)
    return 1;
  return n * fact(n - 1);
}

float mix(float f, double g, char c, unsigned short u, long long ll, _Bool ok) {
  float h = f * 2;
  return h + (float)g + c + u + ll + ok;
}

int shadow(int x) {
  int total = x;
  {
    int x = 10;
    total += x;
    for (int i = 0; i < 2; i++) {
      int x = 100 + i;
      total += x;
    }
  }
  return total + x;
}

int main(void) {
  Point p = {3, 4, "hi", 0};
  struct point q = {5, 6, "there", &p};
  union word w = {.i = 0x01020304};
  enum color c = BLUE;
  struct flags fl = {1, -3, 200};
  char *msg = "abc";
  int arr[3] = {7, 8, 9};
  int (*op)(int, int) = add;
  long double ld = 1.25L;
  unsigned long big = 18446744073709551615UL; __int128 wide = -((__int128)big << 3);
  int r = op(p.x, q.y);
  long f = fact(4);
  float m = mix(1.5f, 2.25, 'A', 65535, -5, 1);
  m += shadow(1);
  printf("%d %ld %g %d %s %d %d %d %ld %u\n", r, f, m, w.i, msg, arr[2], c, fl.level, counter, fl.mode);
  return (int)(ld * 0) + (big == 0) + (wide == 0);
}

// After main, so that the lines named in debug.gdb stay where they are.
typedef int v4si __attribute__((vector_size(16)));
v4si vec = {1, 2, 3, 4};
