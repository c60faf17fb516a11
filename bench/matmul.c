/* Matrix multiplication: double-precision C = A*B in i-k-j order and a
   blocked variant, an integer product, and a transpose; checksums of the
   results.  Optional argument: scale (percent of the full problem,
   default 100). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define DIM 128
#define ROUNDS 28 /* at scale 100 */
#define BLOCK 32

static double A[DIM][DIM], B[DIM][DIM], C[DIM][DIM], D[DIM][DIM];
static int32_t IA[DIM][DIM], IB[DIM][DIM], IC[DIM][DIM];

static void mul_ikj(double (*c)[DIM], double (*a)[DIM], double (*b)[DIM]) {
  for (int i = 0; i < DIM; i++) {
    for (int j = 0; j < DIM; j++)
      c[i][j] = 0.0;
    for (int k = 0; k < DIM; k++) {
      double aik = a[i][k];
      for (int j = 0; j < DIM; j++)
        c[i][j] += aik * b[k][j];
    }
  }
}

static void mul_blocked(double (*c)[DIM], double (*a)[DIM], double (*b)[DIM]) {
  for (int i = 0; i < DIM; i++)
    for (int j = 0; j < DIM; j++)
      c[i][j] = 0.0;
  for (int ii = 0; ii < DIM; ii += BLOCK)
    for (int kk = 0; kk < DIM; kk += BLOCK)
      for (int jj = 0; jj < DIM; jj += BLOCK)
        for (int i = ii; i < ii + BLOCK; i++)
          for (int k = kk; k < kk + BLOCK; k++) {
            double aik = a[i][k];
            double *ci = c[i];
            const double *bk = b[k];
            for (int j = jj; j < jj + BLOCK; j++)
              ci[j] += aik * bk[j];
          }
}

static void mul_int(void) {
  for (int i = 0; i < DIM; i++)
    for (int j = 0; j < DIM; j++) {
      int32_t s = 0;
      for (int k = 0; k < DIM; k++)
        s += IA[i][k] * IB[k][j];
      IC[i][j] = s;
    }
}

int main(int argc, char **argv) {
  long scale = argc > 1 ? atol(argv[1]) : 100;
  long rounds = ROUNDS * scale / 100;
  if (rounds < 1)
    rounds = 1;
  uint32_t s = 2463534242u;
  for (int i = 0; i < DIM; i++)
    for (int j = 0; j < DIM; j++) {
      s ^= s << 13;
      s ^= s >> 17;
      s ^= s << 5;
      A[i][j] = (double)(s % 2001) / 1000.0 - 1.0;
      IA[i][j] = (int32_t)(s % 201) - 100;
      s ^= s << 13;
      s ^= s >> 17;
      s ^= s << 5;
      B[i][j] = (double)(s % 2001) / 1000.0 - 1.0;
      IB[i][j] = (int32_t)(s % 201) - 100;
    }

  double trace = 0.0, diff = 0.0;
  int64_t isum = 0;
  for (long r = 0; r < rounds; r++) {
    mul_ikj(C, A, B);
    mul_blocked(D, A, B);
    mul_int();
    for (int i = 0; i < DIM; i++) {
      trace += C[i][i];
      for (int j = 0; j < DIM; j++) {
        double d = C[i][j] - D[i][j];
        diff += d < 0 ? -d : d;
        isum += IC[i][j] ^ (i * j);
      }
    }
    /* feed the result back in so the rounds differ: B = C^T / 8 */
    for (int i = 0; i < DIM; i++)
      for (int j = 0; j < DIM; j++)
        B[j][i] = C[i][j] * (1.0 / 8.0);
    for (int i = 0; i < DIM; i++)
      for (int j = 0; j < DIM; j++)
        IB[i][j] = IC[j][i] % 1009;
  }
  printf("checksum: %.12e %.6e %lld\n", trace, diff, (long long)isum);
  return 0;
}
