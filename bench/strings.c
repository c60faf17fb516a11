/* String processing: generates text from syllables, splits it into words,
   counts word frequencies in a chained hash table (strcmp, strlen, memcpy),
   and runs strstr/strchr searches and an in-place case transform over it.
   Optional argument: scale (percent of the full problem, default 100). */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ROUNDS 64 /* at scale 100 */
#define TEXT_WORDS 40000
#define BUCKETS 4096

static const char *syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti",
                                  "vo", "zen", "qua", "bri", "dor", "ex",
                                  "fy", "gul", "ho"};

typedef struct Entry Entry;
struct Entry {
  Entry *next;
  char *word;
  long count;
};

static Entry *buckets[BUCKETS];
static long distinct;

static uint32_t rng = 1u;
static uint32_t next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 17;
  rng ^= rng << 5;
  return rng;
}

static uint32_t hash_str(const char *s) {
  uint32_t h = 5381;
  while (*s)
    h = h * 33 + (unsigned char)*s++;
  return h;
}

static void count_word(const char *w) {
  uint32_t b = hash_str(w) % BUCKETS;
  for (Entry *e = buckets[b]; e; e = e->next)
    if (strcmp(e->word, w) == 0) {
      e->count++;
      return;
    }
  Entry *e = malloc(sizeof *e);
  size_t len = strlen(w);
  e->word = malloc(len + 1);
  memcpy(e->word, w, len + 1);
  e->count = 1;
  e->next = buckets[b];
  buckets[b] = e;
  distinct++;
}

static char *generate(long words, size_t *len) {
  size_t cap = words * 16 + 16, n = 0;
  char *text = malloc(cap);
  for (long i = 0; i < words; i++) {
    /* skew towards short words so that frequencies vary */
    /* (one call per statement: the order of evaluation is unspecified) */
    int syl = 1;
    syl += next() % 7 == 0;
    syl += next() % 3 == 0;
    syl += next() % 5 == 0;
    for (int s = 0; s < syl; s++) {
      const char *p = syllables[next() % 16];
      while (*p)
        text[n++] = *p++;
    }
    uint32_t r = next() % 20;
    if (r == 0)
      text[n++] = '.';
    else if (r == 1)
      text[n++] = ',';
    text[n++] = (i % 12 == 11) ? '\n' : ' ';
  }
  text[n] = '\0';
  *len = n;
  return text;
}

static long split_and_count(const char *text) {
  char word[64];
  long words = 0;
  const char *p = text;
  while (*p) {
    while (*p && !isalpha((unsigned char)*p))
      p++;
    int n = 0;
    while (isalpha((unsigned char)*p) && n < 63)
      word[n++] = *p++;
    if (n) {
      word[n] = '\0';
      count_word(word);
      words++;
    }
  }
  return words;
}

static long count_substr(const char *text, const char *pat) {
  long c = 0;
  size_t m = strlen(pat);
  for (const char *p = strstr(text, pat); p; p = strstr(p + m, pat))
    c++;
  return c;
}

static long count_lines(const char *text) {
  long c = 0;
  for (const char *p = strchr(text, '\n'); p; p = strchr(p + 1, '\n'))
    c++;
  return c;
}

/* capitalises the first letter of every sentence, by hand */
static void capitalise(char *text) {
  int start = 1;
  for (char *p = text; *p; p++) {
    if (*p == '.')
      start = 1;
    else if (start && *p >= 'a' && *p <= 'z') {
      *p = (char)(*p - 'a' + 'A');
      start = 0;
    }
  }
}

int main(int argc, char **argv) {
  long scale = argc > 1 ? atol(argv[1]) : 100;
  long rounds = ROUNDS * scale / 100;
  if (rounds < 1)
    rounds = 1;
  long words = 0, hits = 0, lines = 0;
  uint64_t h = 0;
  for (long r = 0; r < rounds; r++) {
    size_t len;
    char *text = generate(TEXT_WORDS, &len);
    words += split_and_count(text);
    hits += count_substr(text, "zenqua") + count_substr(text, "ka lo");
    lines += count_lines(text);
    capitalise(text);
    h = h * 31 + hash_str(text) + len;
    free(text);
  }
  /* the most frequent word, ties broken alphabetically */
  const char *best = "";
  long best_count = 0;
  uint64_t fold = 0;
  for (int b = 0; b < BUCKETS; b++)
    for (Entry *e = buckets[b]; e; e = e->next) {
      fold += (uint64_t)e->count * hash_str(e->word);
      if (e->count > best_count ||
          (e->count == best_count && strcmp(e->word, best) < 0)) {
        best = e->word;
        best_count = e->count;
      }
    }
  printf("checksum: %ld %ld %ld %ld %s %ld %016llx %016llx\n", words, distinct,
         hits, lines, best, best_count, (unsigned long long)fold,
         (unsigned long long)h);
  return 0;
}
