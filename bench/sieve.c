/* Sieve of Eratosthenes over a byte array and a bit array, repeated;
   counts primes and twin primes and sums the primes.  Optional argument:
   scale (percent of the full problem, default 100). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LIMIT 2000000
#define ROUNDS 18 /* at scale 100 */

static unsigned char flags[LIMIT + 1];
static uint32_t bits[LIMIT / 32 + 1];

static long sieve_bytes(long n, uint64_t *sum, long *twins) {
  memset(flags, 1, n + 1);
  flags[0] = flags[1] = 0;
  for (long i = 2; i * i <= n; i++)
    if (flags[i])
      for (long j = i * i; j <= n; j += i)
        flags[j] = 0;
  long count = 0;
  *sum = 0;
  *twins = 0;
  for (long i = 2; i <= n; i++)
    if (flags[i]) {
      count++;
      *sum += i;
      if (i + 2 <= n && flags[i + 2])
        ++*twins;
    }
  return count;
}

/* odd numbers only: bit k stands for 2k+1 */
static long sieve_bits(long n) {
  long m = (n - 1) / 2 + 1;
  memset(bits, 0, sizeof bits);
  for (long k = 1; (2 * k + 1) * (2 * k + 1) <= n; k++)
    if (!(bits[k >> 5] & (1u << (k & 31)))) {
      long p = 2 * k + 1;
      for (long j = (p * p - 1) / 2; j < m; j += p)
        bits[j >> 5] |= 1u << (j & 31);
    }
  long count = 1; /* 2 */
  for (long k = 1; k < m; k++)
    if (!(bits[k >> 5] & (1u << (k & 31))))
      count++;
  return count;
}

int main(int argc, char **argv) {
  long scale = argc > 1 ? atol(argv[1]) : 100;
  long rounds = ROUNDS * scale / 100;
  if (rounds < 1)
    rounds = 1;
  uint64_t total = 0;
  long c1 = 0, c2 = 0, twins = 0;
  for (long r = 0; r < rounds; r++) {
    long n = LIMIT - r * 1009;
    uint64_t sum;
    c1 = sieve_bytes(n, &sum, &twins);
    c2 = sieve_bits(n);
    total += sum ^ (uint64_t)c2;
  }
  printf("checksum: %ld %ld %ld %llu\n", c1, c2, twins,
         (unsigned long long)total);
  return c1 != c2;
}
