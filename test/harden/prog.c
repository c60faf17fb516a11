// The program test/harden.sh builds with Debian's hardening flags, through
// 9cc and through gcc: the usual string and stdio calls, on buffers of
// known and unknown size, and two deliberate overflows.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct rec { char name[8]; char note[24]; int n; };

// Copies s into a local buffer byte by byte: no fortified call, only the
// canary stands between an overflow and the return address.
__attribute__((noinline)) static int smash(const char *s) {
  char b[8];
  int i = 0;
  for (; s[i]; i++)
    b[i] = s[i];
  b[i] = 0;
  return puts(b);
}

// A formatted message into a buffer of known size.
static void msg(char *out, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(out, n, fmt, ap);
  va_end(ap);
}

static void report(const char *dst_unknown, const char *s, int n) {
  char buf[32];
  char line[64];
  struct rec r;
  memset(&r, 0, sizeof r);
  memcpy(buf, s, n);               // length not constant: __memcpy_chk
  buf[n] = 0;
  memcpy(r.name, "abcdefg", 8);    // fits: plain
  strcpy(r.note, s);               // unknown length: __strcpy_chk
  strncpy(line, s, sizeof line);   // fits: plain
  strcat(line, "!");               // __strcat_chk
  sprintf(r.note, "%d:%s", n, s);  // __sprintf_chk
  snprintf(line, sizeof line, "%s", buf); // "%s" within bounds: plain
  snprintf(buf, n + 1, "%d", n);   // bound not constant: __snprintf_chk
  msg(line + 10, sizeof line - 10, "<%s>", r.name);
  memset(buf + 2, '-', n / 2);     // __memset_chk
  strcpy((char *)dst_unknown, s);  // size unknown: plain strcpy
  printf("report:\n");                             // puts, unchecked
  printf("%s\n", s);                                // puts
  printf("%s|%s|%s|%d\n", buf, line, r.note, r.n); // __printf_chk
  fprintf(stderr, "%s\n", r.name);                 // __fprintf_chk
}

int main(int argc, char **argv) {
  if (argc > 2 && !strcmp(argv[1], "smash"))
    return smash(argv[2]);
  if (argc > 2 && !strcmp(argv[1], "overflow")) {
    char small[8];
    strcpy(small, argv[2]); // __strcpy_chk: aborts when argv[2] is too long
    return puts(small);
  }
  char *heap = malloc(64);
  report(heap, argc > 1 ? argv[1] : "hardened", argc > 1 ? (int)strlen(argv[1]) : 8);
  char in[16];
  ssize_t got = read(0, in, sizeof in); // fits: plain read
  printf("%s %d\n", heap, (int)got);
  free(heap);
  return 0;
}
