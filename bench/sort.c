/* Integer sorting: quicksort (median of three, insertion sort for short
   runs) and a top-down mergesort of the same pseudo-random array, each
   checked and folded into a checksum.  Optional argument: scale (percent
   of the full problem, default 100). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 1400000 /* elements at scale 100 */

static uint32_t state = 12345u;

static uint32_t next(void) {
  /* 32-bit LCG, the high bits mixed down */
  state = state * 1664525u + 1013904223u;
  return state ^ (state >> 16);
}

static void insertion(int32_t *a, long lo, long hi) {
  for (long i = lo + 1; i <= hi; i++) {
    int32_t v = a[i];
    long j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

static void swap(int32_t *a, long i, long j) {
  int32_t t = a[i];
  a[i] = a[j];
  a[j] = t;
}

static void quick(int32_t *a, long lo, long hi) {
  while (hi - lo > 16) {
    long mid = lo + (hi - lo) / 2;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    int32_t pivot = a[mid];
    long i = lo - 1, j = hi + 1;
    for (;;) {
      do i++; while (a[i] < pivot);
      do j--; while (a[j] > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    /* recurse into the smaller half, loop on the larger */
    if (j - lo < hi - j) {
      quick(a, lo, j);
      lo = j + 1;
    } else {
      quick(a, j + 1, hi);
      hi = j;
    }
  }
  insertion(a, lo, hi);
}

static void merge_sort(int32_t *a, int32_t *tmp, long lo, long hi) {
  if (hi - lo < 1)
    return;
  long mid = lo + (hi - lo) / 2;
  merge_sort(a, tmp, lo, mid);
  merge_sort(a, tmp, mid + 1, hi);
  long i = lo, j = mid + 1, k = lo;
  while (i <= mid && j <= hi)
    tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
  while (i <= mid)
    tmp[k++] = a[i++];
  while (j <= hi)
    tmp[k++] = a[j++];
  for (k = lo; k <= hi; k++)
    a[k] = tmp[k];
}

static uint64_t fold(const int32_t *a, long n, int *sorted) {
  uint64_t h = 1469598103934665603ull;
  *sorted = 1;
  for (long i = 0; i < n; i++) {
    if (i > 0 && a[i - 1] > a[i])
      *sorted = 0;
    h = (h ^ (uint32_t)a[i]) * 1099511628211ull;
  }
  return h;
}

int main(int argc, char **argv) {
  long scale = argc > 1 ? atol(argv[1]) : 100;
  long n = N / 100 * scale;
  if (n < 100)
    n = 100;
  int32_t *a = malloc(n * sizeof *a);
  int32_t *b = malloc(n * sizeof *b);
  int32_t *tmp = malloc(n * sizeof *tmp);
  for (long i = 0; i < n; i++) {
    /* signed values with plenty of duplicates */
    a[i] = (int32_t)(next() % 2000003u) - 1000000;
  }
  memcpy(b, a, n * sizeof *a);

  quick(a, 0, n - 1);
  merge_sort(b, tmp, 0, n - 1);

  int s1, s2;
  uint64_t h1 = fold(a, n, &s1), h2 = fold(b, n, &s2);
  printf("checksum: %d %d %016llx %016llx %d %d %d\n", s1, s2,
         (unsigned long long)h1, (unsigned long long)h2, a[0], a[n / 2],
         a[n - 1]);
  free(a);
  free(b);
  free(tmp);
  return !(s1 && s2 && h1 == h2);
}
