// Input for the golden tests of --dump-tokens, --dump-ast and -fverbose-asm.
#define MAX(a, b) ((a) > (b) ? (a) : (b))

struct point {
  char tag;
  int x;
  long y;
};

int count = 2;

long area(struct point *p, int n) {
  long total = 0;
  while (n > 0) {
    n = n - 1;
    total = total + p[n].x * (p + n)->y;
  }
  return total;
}

int main(void) {
  struct point pts[2];
  pts[0].x = 3;
  pts[0].y = 4;
  pts[1].x = 5;
  pts[1].y = 6;
  char *msg = "hi";
  double d = 1.5;
  if (msg[0] != 'h')
    return 1;
  return MAX(area(pts, count), (long)d); // 3*4 + 5*6 = 42
}
