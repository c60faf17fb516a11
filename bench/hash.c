/* Hashing: an open-addressing (linear probing) table of 64-bit keys hashed
   with FNV-1a over their bytes, with inserts, lookups of present and absent
   keys, and deletions by backward shifting.  Optional argument: scale
   (percent of the full problem, default 100). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define ROUNDS 18 /* at scale 100 */
#define CAP (1 << 18) /* more than the 150000 distinct keys */
#define KEYS 90000

typedef struct {
  uint64_t key;
  uint32_t value;
  uint32_t used;
} Slot;

static Slot table[CAP];
static long count;
static uint64_t probes;

static uint32_t fnv1a(uint64_t key) {
  uint32_t h = 2166136261u;
  for (int i = 0; i < 8; i++) {
    h ^= (uint8_t)(key >> (i * 8));
    h *= 16777619u;
  }
  return h;
}

static Slot *find(uint64_t key) {
  uint32_t i = fnv1a(key) & (CAP - 1);
  while (table[i].used) {
    probes++;
    if (table[i].key == key)
      return &table[i];
    i = (i + 1) & (CAP - 1);
  }
  return NULL;
}

static void insert(uint64_t key, uint32_t value) {
  uint32_t i = fnv1a(key) & (CAP - 1);
  while (table[i].used) {
    probes++;
    if (table[i].key == key) {
      table[i].value += value;
      return;
    }
    i = (i + 1) & (CAP - 1);
  }
  table[i].used = 1;
  table[i].key = key;
  table[i].value = value;
  count++;
}

static int erase(uint64_t key) {
  Slot *s = find(key);
  if (!s)
    return 0;
  uint32_t i = (uint32_t)(s - table);
  uint32_t j = i;
  for (;;) {
    j = (j + 1) & (CAP - 1);
    if (!table[j].used)
      break;
    uint32_t home = fnv1a(table[j].key) & (CAP - 1);
    /* move j back into the hole at i unless its home lies in (i, j] */
    int stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
    if (!stays) {
      table[i] = table[j];
      i = j;
    }
  }
  table[i].used = 0;
  count--;
  return 1;
}

static uint64_t rng = 88172645463325252ull;
static uint64_t next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

int main(int argc, char **argv) {
  long scale = argc > 1 ? atol(argv[1]) : 100;
  long rounds = ROUNDS * scale / 100;
  if (rounds < 1)
    rounds = 1;
  uint64_t sum = 0, hits = 0, misses = 0, erased = 0;
  for (long r = 0; r < rounds; r++) {
    uint64_t base = rng;
    for (int k = 0; k < KEYS; k++)
      insert(next() % 150000 * 2 * 2654435761ull, (uint32_t)k);
    rng = base;
    for (int k = 0; k < KEYS; k++) {
      Slot *s = find(next() % 150000 * 2 * 2654435761ull);
      if (s) {
        hits++;
        sum += s->value;
      }
      /* odd multiples are never inserted */
      if (find((next() % 150000 * 2 + 1) * 2654435761ull))
        misses++;
    }
    rng = base;
    for (int k = 0; k < KEYS; k += 2) {
      erased += erase(next() % 150000 * 2 * 2654435761ull);
      next();
    }
    sum += count;
  }
  printf("checksum: %llu %llu %llu %llu %llu %ld\n", (unsigned long long)sum,
         (unsigned long long)hits, (unsigned long long)misses,
         (unsigned long long)erased, (unsigned long long)probes, count);
  return misses != 0;
}
