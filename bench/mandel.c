/* Mandelbrot set: escape-time iteration over a grid of the complex plane,
   in doubles, with a histogram of escape counts.  Optional argument: scale
   (percent of the full problem, default 100). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define WIDTH 1000
#define HEIGHT 1200 /* rows at scale 100 */
#define MAXIT 250

int main(int argc, char **argv) {
  long scale = argc > 1 ? atol(argv[1]) : 100;
  long rows = HEIGHT * scale / 100;
  if (rows < 4)
    rows = 4;
  static long hist[MAXIT + 1];
  long inside = 0;
  uint64_t h = 0;
  double zsum = 0.0;
  for (long y = 0; y < rows; y++) {
    double ci = -1.2 + 2.4 * (double)y / (double)rows;
    unsigned row = 0;
    for (int x = 0; x < WIDTH; x++) {
      double cr = -2.1 + 3.0 * (double)x / WIDTH;
      double zr = 0.0, zi = 0.0, zr2 = 0.0, zi2 = 0.0;
      int it = 0;
      while (it < MAXIT && zr2 + zi2 <= 4.0) {
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        zr2 = zr * zr;
        zi2 = zi * zi;
        it++;
      }
      hist[it]++;
      if (it == MAXIT) {
        inside++;
        zsum += zr2 + zi2;
      }
      row = row * 3 + (unsigned)it;
    }
    h = (h ^ row) * 0x100000001b3ull;
  }
  uint64_t hh = 0;
  for (int i = 0; i <= MAXIT; i++)
    hh = hh * 1000003u + (uint64_t)hist[i];
  printf("checksum: %ld %016llx %016llx %.10e\n", inside,
         (unsigned long long)h, (unsigned long long)hh, zsum);
  return 0;
}
