// wc.c: a word counter, like wc(1) reading standard input.  Run it with
// `./9cc -run examples/wc.c < file`: it prints the number of lines, words
// and bytes in the format GNU wc uses for a pipe (columns seven wide), so
// `cat f | ./9cc -run examples/wc.c` and `cat f | wc` print the same line.
// The options -l, -w and -c pick the columns, as in wc, and -t adds a list
// of the five most frequent words after the counts.  A word is a maximal run
// of non-space bytes; a line is a newline character, so a last line without
// one is not counted (as in wc).  The frequency table is a small hash table
// with chaining: a struct per distinct word, found by an FNV-1a hash of its
// bytes, grown by doubling when it gets full.

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Word Word;
struct Word {
  Word *next;  // the next word in the same bucket
  char *text;
  long count;
};

static Word **buckets;
static int nbuckets;
static int nwords;  // distinct words

static unsigned hash(const char *s) {
  unsigned h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static void grow(void) {
  int n = nbuckets ? nbuckets * 2 : 64;
  Word **b = calloc(n, sizeof(Word *));
  for (int i = 0; i < nbuckets; i++) {
    for (Word *w = buckets[i], *next; w; w = next) {
      next = w->next;
      unsigned h = hash(w->text) % n;
      w->next = b[h];
      b[h] = w;
    }
  }
  free(buckets);
  buckets = b;
  nbuckets = n;
}

static void add_word(const char *text) {
  if (nwords >= nbuckets)
    grow();
  unsigned h = hash(text) % nbuckets;
  for (Word *w = buckets[h]; w; w = w->next) {
    if (!strcmp(w->text, text)) {
      w->count++;
      return;
    }
  }
  Word *w = malloc(sizeof(Word));
  w->text = malloc(strlen(text) + 1);
  strcpy(w->text, text);
  w->count = 1;
  w->next = buckets[h];
  buckets[h] = w;
  nwords++;
}

// Most frequent first; equal counts in alphabetical order.
static int by_count(const void *a, const void *b) {
  const Word *x = *(Word *const *)a;
  const Word *y = *(Word *const *)b;
  if (x->count != y->count)
    return x->count < y->count ? 1 : -1;
  return strcmp(x->text, y->text);
}

static void print_top(int n) {
  Word **all = malloc(sizeof(Word *) * (nwords + 1));
  int k = 0;
  for (int i = 0; i < nbuckets; i++)
    for (Word *w = buckets[i]; w; w = w->next)
      all[k++] = w;
  qsort(all, k, sizeof(Word *), by_count);
  for (int i = 0; i < k && i < n; i++)
    printf("%7ld %s\n", all[i]->count, all[i]->text);
  free(all);
}

int main(int argc, char **argv) {
  bool show_lines = false, show_words = false, show_bytes = false, top = false;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-l"))
      show_lines = true;
    else if (!strcmp(argv[i], "-w"))
      show_words = true;
    else if (!strcmp(argv[i], "-c"))
      show_bytes = true;
    else if (!strcmp(argv[i], "-t"))
      top = true;
    else {
      fprintf(stderr, "usage: wc [-l] [-w] [-c] [-t] < file\n");
      return 2;
    }
  }
  if (!show_lines && !show_words && !show_bytes)
    show_lines = show_words = show_bytes = true;

  long lines = 0, words = 0, bytes = 0;
  char word[256];
  int len = 0;  // length of the word being read; 0 between words
  int c;
  while ((c = getchar()) != EOF) {
    bytes++;
    if (c == '\n')
      lines++;
    if (isspace(c)) {
      if (len > 0) {
        word[len < 255 ? len : 255] = '\0';
        add_word(word);
        words++;
        len = 0;
      }
      continue;
    }
    if (len < 255)
      word[len] = c;
    len++;
  }
  if (len > 0) {
    word[len < 255 ? len : 255] = '\0';
    add_word(word);
    words++;
  }

  // GNU wc separates the columns with a space and pads each to 7, unless
  // there is only one column.
  int width = show_lines + show_words + show_bytes == 1 ? 1 : 7;
  char *sep = "";
  if (show_lines) {
    printf("%s%*ld", sep, width, lines);
    sep = " ";
  }
  if (show_words) {
    printf("%s%*ld", sep, width, words);
    sep = " ";
  }
  if (show_bytes)
    printf("%s%*ld", sep, width, bytes);
  printf("\n");
  if (top)
    print_top(5);
  return 0;
}
