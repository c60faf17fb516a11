// mandelbrot.c: prints the Mandelbrot set as ASCII art.  Run it with
// `./9cc -run examples/mandelbrot.c`, or give the size as arguments
// (`./9cc -run examples/mandelbrot.c 120 48` for columns and rows).  Each
// character stands for one point c of the complex plane, from -2.1-1.2i at
// the top left to 0.9+1.2i at the bottom right; the program iterates
// z = z*z + c from z = 0 and counts the steps until |z| > 2 (up to 100).
// Points that never escape are in the set and print as '@'; the others
// print as a character from a ramp " .:-=+*#%" by how fast they escaped
// (blank for one step, '%' for nine or more), so the bands around the set
// show up.  All the arithmetic is on doubles kept
// in SSE registers, without any complex type or library call, and the output
// is the same from any compiler that rounds as IEEE 754 says.

#include <stdio.h>
#include <stdlib.h>

#define MAX_ITER 100

// How many steps z = z*z + c takes to leave the circle of radius 2, or
// MAX_ITER if it does not within that many.
static int escape_time(double cr, double ci) {
  double zr = 0, zi = 0;
  for (int i = 0; i < MAX_ITER; i++) {
    double zr2 = zr * zr, zi2 = zi * zi;
    if (zr2 + zi2 > 4.0)
      return i;
    zi = 2 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
  }
  return MAX_ITER;
}

int main(int argc, char **argv) {
  int cols = argc > 1 ? atoi(argv[1]) : 72;
  int rows = argc > 2 ? atoi(argv[2]) : 28;
  if (cols < 2 || rows < 2) {
    fprintf(stderr, "usage: mandelbrot [columns [rows]]  (each at least 2)\n");
    return 2;
  }
  static const char ramp[] = " .:-=+*#%";
  int nramp = sizeof(ramp) - 1;
  int inside = 0;

  for (int y = 0; y < rows; y++) {
    double ci = 1.2 - 2.4 * y / (rows - 1);
    for (int x = 0; x < cols; x++) {
      double cr = -2.1 + 3.0 * x / (cols - 1);
      int n = escape_time(cr, ci);
      if (n == MAX_ITER) {
        putchar('@');
        inside++;
      } else {
        // n >= 1: z = 0 never escapes at once.
        putchar(ramp[n - 1 < nramp ? n - 1 : nramp - 1]);
      }
    }
    putchar('\n');
  }
  printf("%d of %d points are in the set\n", inside, rows * cols);
  return 0;
}
