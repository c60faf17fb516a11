// Every C11 standard header glibc provides and the common POSIX/GNU ones,
// all included together, then something from each used and checked.
// Expected values come from the C standard, POSIX, or Linux x86-64 facts
// (little-endian, LP64, uid 0 is root); the program must also pass when
// compiled by gcc -std=gnu11 -w -Itest ... -lm.
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <inttypes.h>
#include <iso646.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdnoreturn.h>
#include <string.h>
#include <tgmath.h>
#include <time.h>
#include <uchar.h>
#include <wchar.h>
#include <wctype.h>

#include <unistd.h>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <dirent.h>
#include <pthread.h>
#include <getopt.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <poll.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <pwd.h>
#include <grp.h>
#include <dlfcn.h>
#include <libgen.h>
#include <regex.h>
#include <glob.h>
#include <fnmatch.h>
#include <search.h>
#include <syslog.h>
#include <netdb.h>
#include <alloca.h>
#include <byteswap.h>
#include <endian.h>
#include <sys/select.h>

// Including some of them again must be harmless.
#include <stddef.h>
#include <stdio.h>
#include <signal.h>

#include "test.h"

static_assert(sizeof(int) == 4, "static_assert from <assert.h>");

// ---------------------------------------------------------------------------
// C standard headers
// ---------------------------------------------------------------------------

static void test_assert_ctype_errno(void) {
  assert(1 + 1 == 2);
  ASSERT(1, isdigit('5') != 0);
  ASSERT(0, isdigit('x') != 0);
  ASSERT(1, isalpha('q') != 0);
  ASSERT(1, isspace('\t') != 0);
  ASSERT(1, isxdigit('F') != 0);
  ASSERT('A', toupper('a'));
  ASSERT('z', tolower('Z'));

  errno = 0;
  long l = strtol("99999999999999999999999", NULL, 10);
  ASSERT(ERANGE, errno);
  ASSERT(1, l == LONG_MAX);
  errno = 0;
  ASSERT(-1, open("/no/such/file/anywhere", O_RDONLY));
  ASSERT(ENOENT, errno);
  ASSERT(1, strerror(ENOENT) != NULL && strlen(strerror(ENOENT)) > 0);
}

static void test_fenv_float(void) {
  ASSERT(FE_TONEAREST, fegetround());
  ASSERT(0, fesetround(FE_UPWARD));
  ASSERT(FE_UPWARD, fegetround());
  volatile double one = 1.0, three = 3.0;
  double up = one / three;
  ASSERT(0, fesetround(FE_DOWNWARD));
  double down = one / three;
  ASSERT(0, fesetround(FE_TONEAREST));
  ASSERT(1, up > down);

  feclearexcept(FE_ALL_EXCEPT);
  volatile double zero = 0.0;
  volatile double inf = one / zero;
  ASSERT(1, fetestexcept(FE_DIVBYZERO) != 0);
  ASSERT(1, isinf(inf) != 0);
  feclearexcept(FE_ALL_EXCEPT);
  ASSERT(0, fetestexcept(FE_DIVBYZERO));

  ASSERT(1, FLT_MAX > 3.4e38f && FLT_MAX < 3.5e38f);
  ASSERT(1, DBL_MAX > 1.79e308);
  ASSERT(2, FLT_RADIX);
  ASSERT(24, FLT_MANT_DIG);
  ASSERT(53, DBL_MANT_DIG);
  ASSERT(64, LDBL_MANT_DIG);
  ASSERT(1, 1.0 + DBL_EPSILON != 1.0);
  ASSERT(1, 1.0 + DBL_EPSILON / 2 == 1.0);
  ASSERT(1, FLT_MIN > 0 && FLT_MIN < 1.2e-37f);
  ASSERT(6, FLT_DIG);
  ASSERT(15, DBL_DIG);
}

static void test_inttypes_limits_iso646(void) {
  char buf[64];
  int64_t v = -1234567890123LL;
  snprintf(buf, sizeof buf, "%" PRId64, v);
  ASSERT(0, strcmp(buf, "-1234567890123"));
  snprintf(buf, sizeof buf, "%" PRIx32 "-%" PRIu8 "-%" PRIuPTR, (uint32_t)0xbeef, (uint8_t)200, (uintptr_t)7);
  ASSERT(0, strcmp(buf, "beef-200-7"));
  ASSERT(1, strtoimax("-42", NULL, 10) == -42);
  ASSERT(1, strtoumax("ff", NULL, 16) == 255);
  ASSERT(5, imaxabs(-5));
  imaxdiv_t d = imaxdiv(17, 5);
  ASSERT(3, d.quot);
  ASSERT(2, d.rem);
  int64_t scanned = 0;
  ASSERT(1, sscanf("-77", "%" SCNd64, &scanned));
  ASSERT(-77, scanned);

  ASSERT(2147483647, INT_MAX);
  ASSERT(1, INT_MIN == -2147483647 - 1);
  ASSERT(8, CHAR_BIT);
  ASSERT(255, UCHAR_MAX);
  ASSERT(-128, SCHAR_MIN);
  ASSERT(-128, CHAR_MIN);
  ASSERT(65535, USHRT_MAX);
  ASSERT(1, LONG_MAX == 9223372036854775807L);
  ASSERT(1, LLONG_MIN == -9223372036854775807LL - 1);
  ASSERT(1, ULLONG_MAX == 18446744073709551615ULL);
  ASSERT(1, UINT_MAX == 4294967295U);
  ASSERT(1, MB_LEN_MAX >= 1);

  int a = 6, b = 3;
  ASSERT(1, a and b);
  ASSERT(1, 0 or b);
  ASSERT(0, not a);
  ASSERT(2, a bitand b);
  ASSERT(7, a bitor b);
  ASSERT(5, a xor b);
  ASSERT(1, a not_eq b);
  a and_eq 5;
  ASSERT(4, a);
  ASSERT(-1, compl 0);
}

static void test_locale_math(void) {
  char *loc = setlocale(LC_ALL, "C");
  ASSERT(1, loc != NULL);
  ASSERT(0, strcmp(loc, "C"));
  struct lconv *lc = localeconv();
  ASSERT(0, strcmp(lc->decimal_point, "."));

  assert_double(4.0, sqrt(16.0), "sqrt(16.0)", __FILE__, __LINE__);
  assert_double(-2.0, floor(-1.5), "floor(-1.5)", __FILE__, __LINE__);
  assert_double(2.0, ceil(1.25), "ceil(1.25)", __FILE__, __LINE__);
  assert_double(8.0, pow(2.0, 3.0), "pow(2.0, 3.0)", __FILE__, __LINE__);
  assert_double(1.5, fabs(-1.5), "fabs(-1.5)", __FILE__, __LINE__);
  assert_double(1.0, fmod(7.0, 3.0), "fmod(7.0, 3.0)", __FILE__, __LINE__);
  assert_double(0.0, sin(0.0), "sin(0.0)", __FILE__, __LINE__);
  assert_double(1.0, exp(0.0), "exp(0.0)", __FILE__, __LINE__);
  assert_double(3.0, log2(8.0), "log2(8.0)", __FILE__, __LINE__);
  assert_double(-3.0, trunc(-3.7), "trunc(-3.7)", __FILE__, __LINE__);
  assert_double(4.0, round(3.5), "round(3.5)", __FILE__, __LINE__);
  ASSERT(1, fabs(M_PI - 3.14159265358979) < 1e-12);
  ASSERT(1, fabs(atan2(1.0, 1.0) * 4 - M_PI) < 1e-12);
  ASSERT(5, (int)hypot(3.0, 4.0));
  ASSERT(1, isnan(NAN) != 0);
  ASSERT(0, isnan(1.0) != 0);
  ASSERT(1, isinf(INFINITY) != 0);
  ASSERT(1, isinf(-HUGE_VAL) != 0);
  ASSERT(1, isfinite(1.0) != 0);
  ASSERT(0, isfinite(INFINITY) != 0);
  ASSERT(FP_ZERO, fpclassify(0.0));
  ASSERT(FP_NAN, fpclassify(NAN));
  ASSERT(FP_INFINITE, fpclassify(INFINITY));
  ASSERT(FP_NORMAL, fpclassify(1.0));
  ASSERT(FP_SUBNORMAL, fpclassify(DBL_MIN / 2));
  ASSERT(FP_NORMAL, fpclassify(1.0f));
  ASSERT(1, signbit(-0.0) != 0);
  ASSERT(0, signbit(0.0) != 0);
  ASSERT(1, signbit(-1.0f) != 0);
  ASSERT(1, isgreater(2.0, 1.0));
  ASSERT(0, isless(NAN, 1.0));
  ASSERT(1, isunordered(NAN, 1.0));
}

static jmp_buf jb;
static noreturn void jump_back(int v) {
  longjmp(jb, v);
}

static volatile sig_atomic_t got_signal;
static void on_signal(int sig) {
  got_signal = sig;
}

static void test_setjmp_signal(void) {
  volatile int count = 0;
  int r = setjmp(jb);
  count++;
  if (r == 0)
    jump_back(42);
  ASSERT(42, r);
  ASSERT(2, count);
  // longjmp with 0 makes setjmp return 1.
  r = setjmp(jb);
  if (r == 0)
    longjmp(jb, 0);
  ASSERT(1, r);

  ASSERT(1, signal(SIGUSR1, on_signal) != SIG_ERR);
  ASSERT(0, raise(SIGUSR1));
  ASSERT(SIGUSR1, got_signal);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  ASSERT(0, sigaction(SIGUSR2, &sa, NULL));
  ASSERT(0, kill(getpid(), SIGUSR2));
  ASSERT(SIGUSR2, got_signal);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  ASSERT(1, sigismember(&set, SIGINT));
  ASSERT(0, sigismember(&set, SIGTERM));
  signal(SIGUSR1, SIG_DFL);
}

static int sum_ints(int n, ...) {
  va_list ap, ap2;
  va_start(ap, n);
  va_copy(ap2, ap);
  int sum = 0;
  for (int i = 0; i < n; i++)
    sum += va_arg(ap, int);
  va_end(ap);
  double first = va_arg(ap2, int);  // re-read the first one from the copy
  va_end(ap2);
  return sum * 10 + (int)first;
}

static double sum_doubles(int n, ...) {
  va_list ap;
  va_start(ap, n);
  double s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg(ap, double);
  va_end(ap);
  return s;
}

static int vformat(char *buf, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(buf, n, fmt, ap);
  va_end(ap);
  return r;
}

struct with_offsets {
  char c;
  int i;
  double d;
  char tail[3];
};

static void test_stdalign_stdarg_stdbool_stddef_stdint(void) {
  ASSERT(8, alignof(double));
  ASSERT(4, alignof(int));
  ASSERT(1, __alignas_is_defined);
  alignas(32) char aligned_buf[5];
  ASSERT(0, (uintptr_t)aligned_buf % 32);

  ASSERT(71, sum_ints(3, 1, 2, 4));  // sum 7, then the first again: 1
  assert_double(4.0, sum_doubles(3, 0.5, 1.5, 2.0), "sum_doubles", __FILE__, __LINE__);
  char buf[32];
  ASSERT(7, vformat(buf, sizeof buf, "%d-%s", 12, "abcd"));
  ASSERT(0, strcmp(buf, "12-abcd"));

  bool b = 5;
  ASSERT(1, b);
  ASSERT(1, true);
  ASSERT(0, false);
  ASSERT(1, sizeof(bool));
  ASSERT(1, __bool_true_false_are_defined);

  ASSERT(0, offsetof(struct with_offsets, c));
  ASSERT(4, offsetof(struct with_offsets, i));
  ASSERT(8, offsetof(struct with_offsets, d));
  ASSERT(16, offsetof(struct with_offsets, tail));
  ASSERT(8, sizeof(size_t));
  ASSERT(8, sizeof(ptrdiff_t));
  ASSERT(4, sizeof(wchar_t));
  ASSERT(1, NULL == (void *)0);
  ASSERT(16, alignof(max_align_t));

  ASSERT(8, sizeof(int64_t));
  ASSERT(1, sizeof(int8_t));
  ASSERT(2, sizeof(uint16_t));
  ASSERT(8, sizeof(uintptr_t));
  ASSERT(8, sizeof(intmax_t));
  ASSERT(1, SIZE_MAX == 18446744073709551615UL);
  ASSERT(1, INT64_MAX == 9223372036854775807LL);
  ASSERT(1, INT32_MIN == -2147483647 - 1);
  ASSERT(255, UINT8_MAX);
  ASSERT(1, UINT64_C(1) << 63 > 0);
  ASSERT(8, sizeof(INT64_C(1)));
  ASSERT(1, INTPTR_MAX == LONG_MAX);
  int x;
  uintptr_t up = (uintptr_t)&x;
  ASSERT(1, (int *)up == &x);
  int_least16_t l16 = -3;
  uint_fast8_t f8 = 200;
  ASSERT(-3, l16);
  ASSERT(200, f8);
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static void test_stdio_stdlib(void) {
  char buf[64];
  ASSERT(12, snprintf(buf, sizeof buf, "%d %s %c %.2f", 42, "ab", 'z', 1.5));
  ASSERT(0, strcmp(buf, "42 ab z 1.50"));
  ASSERT(5, snprintf(buf, 3, "%d", 12345));
  ASSERT(0, strcmp(buf, "12"));
  int i1;
  char s1[8];
  ASSERT(2, sscanf("17 word", "%d %7s", &i1, s1));
  ASSERT(17, i1);
  ASSERT(0, strcmp(s1, "word"));
  ASSERT(-1, EOF);
  ASSERT(1, BUFSIZ > 0);

  FILE *f = tmpfile();
  ASSERT(1, f != NULL);
  fprintf(f, "line %d\n", 1);
  fputs("second\n", f);
  rewind(f);
  ASSERT(1, fgets(buf, sizeof buf, f) != NULL);
  ASSERT(0, strcmp(buf, "line 1\n"));
  ASSERT('s', fgetc(f));
  fseek(f, 0, SEEK_END);
  ASSERT(14, ftell(f));
  ASSERT(0, fclose(f));
  ASSERT(1, stdout != NULL && stderr != NULL && stdin != NULL);

  ASSERT(123, strtol("123abc", NULL, 10));
  ASSERT(255, strtol("0xff", NULL, 0));
  ASSERT(-8, strtol("-010", NULL, 0));
  char *end;
  ASSERT(1, strtoul("42 rest", &end, 10) == 42 && strcmp(end, " rest") == 0);
  assert_double(2.5, strtod("2.5e0", NULL), "strtod", __FILE__, __LINE__);
  ASSERT(77, atoi("77"));
  ASSERT(5, abs(-5));
  ASSERT(5, labs(-5L));
  div_t dv = div(17, 5);
  ASSERT(3, dv.quot);
  ASSERT(2, dv.rem);

  int arr[] = {5, 3, 9, 1, 7, 2};
  qsort(arr, 6, sizeof(int), cmp_int);
  ASSERT(1, arr[0]);
  ASSERT(9, arr[5]);
  ASSERT(5, arr[3]);
  int key = 7;
  int *found = bsearch(&key, arr, 6, sizeof(int), cmp_int);
  ASSERT(4, found - arr);
  key = 4;
  ASSERT(1, bsearch(&key, arr, 6, sizeof(int), cmp_int) == NULL);

  int *p = malloc(10 * sizeof(int));
  ASSERT(1, p != NULL);
  p = realloc(p, 100 * sizeof(int));
  p[99] = 3;
  ASSERT(3, p[99]);
  free(p);
  int *z = calloc(4, sizeof(int));
  ASSERT(0, z[0] + z[1] + z[2] + z[3]);
  free(z);
  ASSERT(1, getenv("NO_SUCH_VARIABLE_9CC_TEST") == NULL);
  ASSERT(0, EXIT_SUCCESS);
  ASSERT(1, EXIT_FAILURE);
  ASSERT(1, RAND_MAX >= 32767);
  srand(1);
  int r = rand();
  ASSERT(1, r >= 0 && r <= RAND_MAX);
}

static void test_string_tgmath(void) {
  ASSERT(5, strlen("hello"));
  ASSERT(0, memcmp("abc", "abc", 3));
  ASSERT(1, memcmp("abc", "abd", 3) < 0);
  ASSERT(1, strcmp("b", "a") > 0);
  ASSERT(0, strncmp("abcX", "abcY", 3));
  const char *s = "hello world";
  ASSERT(4, strchr(s, 'o') - s);
  ASSERT(7, strrchr(s, 'o') - s);
  ASSERT(6, strstr(s, "world") - s);
  ASSERT(1, strstr(s, "xyz") == NULL);
  ASSERT(5, strcspn(s, " "));
  ASSERT(3, strspn("aaab", "a"));
  char buf[32];
  strcpy(buf, "foo");
  strcat(buf, "bar");
  ASSERT(0, strcmp(buf, "foobar"));
  memmove(buf + 1, buf, 6);
  ASSERT(0, strcmp(buf, "ffoobar"));
  memset(buf, 'x', 3);
  ASSERT(0, strncmp(buf, "xxxobar", 7));
  char tok[] = "a,b,,c";
  ASSERT(0, strcmp(strtok(tok, ","), "a"));
  ASSERT(0, strcmp(strtok(NULL, ","), "b"));
  ASSERT(0, strcmp(strtok(NULL, ","), "c"));
  ASSERT(1, strtok(NULL, ",") == NULL);
  char *dup = strdup("dup");
  ASSERT(0, strcmp(dup, "dup"));
  free(dup);

  // <tgmath.h>: the type of the argument picks the function.
  ASSERT(4, sizeof(sqrt(2.0f)));
  ASSERT(8, sizeof(sqrt(2.0)));
  ASSERT(16, sizeof(sqrt(2.0L)));
  ASSERT(8, sizeof(sqrt(2)));  // integer arguments use double
  ASSERT(4, sizeof(fabs(-2.0f)));
  ASSERT(4, sizeof(pow(2.0f, 3.0f)));
  ASSERT(8, sizeof(pow(2.0f, 3.0)));
  float fs = sqrt(2.0f);
  ASSERT(1, fs > 1.414f && fs < 1.415f);
  assert_double(3.0, sqrt(9), "sqrt(9)", __FILE__, __LINE__);
  assert_double(2.0, fabs(-2.0f), "fabs(-2.0f)", __FILE__, __LINE__);
}

static void test_time_uchar_wchar_wctype(void) {
  time_t now = time(NULL);
  ASSERT(1, now > 1500000000);
  struct tm *tm = gmtime(&(time_t){0});
  ASSERT(70, tm->tm_year);
  ASSERT(0, tm->tm_mon);
  ASSERT(1, tm->tm_mday);
  ASSERT(4, tm->tm_wday);  // 1970-01-01 was a Thursday
  char buf[64];
  ASSERT(19, strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", tm));
  ASSERT(0, strcmp(buf, "1970-01-01 00:00:00"));
  struct tm t2 = {0};
  t2.tm_year = 100;
  t2.tm_mday = 1;
  t2.tm_isdst = -1;
  ASSERT(1, mktime(&t2) != (time_t)-1);
  assert_double(10.0, difftime(20, 10), "difftime", __FILE__, __LINE__);
  ASSERT(1, clock() != (clock_t)-1);
  ASSERT(1000000, CLOCKS_PER_SEC);
  struct timespec ts;
  ASSERT(0, clock_gettime(CLOCK_REALTIME, &ts));
  ASSERT(1, ts.tv_sec > 1500000000);

  mbstate_t st;
  memset(&st, 0, sizeof st);
  char16_t c16 = 0;
  ASSERT(1, mbrtoc16(&c16, "A", 1, &st));
  ASSERT('A', c16);
  char32_t c32 = 0;
  memset(&st, 0, sizeof st);
  ASSERT(1, mbrtoc32(&c32, "z", 1, &st));
  ASSERT('z', c32);
  ASSERT(2, sizeof(char16_t));
  ASSERT(4, sizeof(char32_t));
  // UTF-16 literals: a character outside the BMP takes a surrogate pair.
  char16_t u16[] = u"a\U0001F600b\U00010000";
  ASSERT(7, sizeof u16 / sizeof *u16);
  ASSERT('a', u16[0]);
  ASSERT(0xd83d, u16[1]);
  ASSERT(0xde00, u16[2]);
  ASSERT('b', u16[3]);
  ASSERT(0xd800, u16[4]);
  ASSERT(0xdc00, u16[5]);
  ASSERT(0, u16[6]);
  char32_t u32[] = U"\U0001F600z";
  ASSERT(3, sizeof u32 / sizeof *u32);
  ASSERT(0x1f600, u32[0]);
  ASSERT('z', u32[1]);
  char mb[MB_LEN_MAX];
  memset(&st, 0, sizeof st);
  ASSERT(1, c32rtomb(mb, U'q', &st));
  ASSERT('q', mb[0]);

  ASSERT(3, wcslen(L"abc"));
  ASSERT(0, wcscmp(L"abc", L"abc"));
  ASSERT(1, wcscmp(L"abc", L"abd") < 0);
  wchar_t wbuf[16];
  ASSERT(5, swprintf(wbuf, 16, L"%d-%ls", 12, L"xy"));
  ASSERT(0, wcscmp(wbuf, L"12-xy"));
  ASSERT(1, wcschr(L"hello", L'l') != NULL);
  ASSERT(3, mbstowcs(wbuf, "xyz", 16));
  ASSERT(L'y', wbuf[1]);
  ASSERT(1, btowc('a') == L'a');
  ASSERT(1, WEOF == (wint_t)-1);

  ASSERT(L'A', towupper(L'a'));
  ASSERT(L'b', towlower(L'B'));
  ASSERT(1, iswdigit(L'5') != 0);
  ASSERT(0, iswdigit(L'x') != 0);
  ASSERT(1, iswalpha(L'x') != 0);
  ASSERT(1, iswspace(L' ') != 0);
  wctype_t wt = wctype("upper");
  ASSERT(1, iswctype(L'Q', wt) != 0);
  ASSERT(0, iswctype(L'q', wt) != 0);
}

// ---------------------------------------------------------------------------
// POSIX and GNU headers
// ---------------------------------------------------------------------------

static void test_unistd_fcntl_stat(void) {
  ASSERT(1, getpid() > 0);
  ASSERT(1, getppid() > 0);
  ASSERT(0, access("/", F_OK));
  ASSERT(0, access("/", R_OK));
  ASSERT(-1, access("/no/such/path/9cc", F_OK));
  ASSERT(0, isatty(-1));
  ASSERT(4096, sysconf(_SC_PAGESIZE));
  ASSERT(1, getuid() == geteuid());
  char cwd[4096];
  ASSERT(1, getcwd(cwd, sizeof cwd) != NULL && cwd[0] == '/');

  int fds[2];
  ASSERT(0, pipe(fds));
  ASSERT(5, write(fds[1], "hello", 5));
  char buf[8] = {0};
  ASSERT(5, read(fds[0], buf, sizeof buf));
  ASSERT(0, strcmp(buf, "hello"));
  close(fds[0]);
  close(fds[1]);

  int fd = open("/dev/null", O_RDONLY);
  ASSERT(1, fd >= 0);
  ASSERT(1, fcntl(fd, F_GETFD) >= 0);
  ASSERT(0, fcntl(fd, F_SETFD, FD_CLOEXEC));
  ASSERT(FD_CLOEXEC, fcntl(fd, F_GETFD));
  ASSERT(O_RDONLY, fcntl(fd, F_GETFL) & O_ACCMODE);
  ASSERT(0, close(fd));
  ASSERT(-1, close(fd));
  ASSERT(EBADF, errno);

  ASSERT(8, sizeof(off_t));
  ASSERT(4, sizeof(pid_t));
  ASSERT(8, sizeof(ssize_t));
  struct stat st;
  ASSERT(0, stat("/", &st));
  ASSERT(1, S_ISDIR(st.st_mode));
  ASSERT(0, S_ISREG(st.st_mode));
  ASSERT(0, lstat("/", &st));
  ASSERT(1, (S_IRUSR | S_IWUSR) == 0600);
  mode_t old = umask(022);
  umask(old);
}

static void test_time_wait_dirent(void) {
  struct timeval tv;
  ASSERT(0, gettimeofday(&tv, NULL));
  ASSERT(1, tv.tv_sec > 1500000000);
  ASSERT(1, tv.tv_usec >= 0 && tv.tv_usec < 1000000);
  struct timeval a = {1, 500000}, b = {0, 700000}, c;
  timersub(&a, &b, &c);
  ASSERT(0, c.tv_sec);
  ASSERT(800000, c.tv_usec);

  fflush(stdout);
  pid_t pid = fork();
  ASSERT(1, pid >= 0);
  if (pid == 0)
    _exit(3);
  int status = 0;
  ASSERT(pid, waitpid(pid, &status, 0));
  ASSERT(1, WIFEXITED(status));
  ASSERT(3, WEXITSTATUS(status));
  ASSERT(0, WIFSIGNALED(status));

  DIR *dir = opendir("/");
  ASSERT(1, dir != NULL);
  int entries = 0, saw_dot = 0;
  struct dirent *de;
  while ((de = readdir(dir)) != NULL) {
    entries++;
    if (strcmp(de->d_name, ".") == 0)
      saw_dot = 1;
  }
  ASSERT(1, entries > 2);
  ASSERT(1, saw_dot);
  ASSERT(0, closedir(dir));
  ASSERT(1, opendir("/no/such/dir/9cc") == NULL);
}

struct thread_arg {
  int from, to;
  long sum;
};

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static long shared_total;

static void *add_range(void *p) {
  struct thread_arg *a = p;
  for (int i = a->from; i <= a->to; i++)
    a->sum += i;
  pthread_mutex_lock(&mutex);
  shared_total += a->sum;
  pthread_mutex_unlock(&mutex);
  return (void *)(a->sum * 2);
}

static void test_pthread_getopt_strings(void) {
  pthread_t th[4];
  struct thread_arg args[4];
  for (int i = 0; i < 4; i++) {
    args[i] = (struct thread_arg){i * 25 + 1, i * 25 + 25, 0};
    ASSERT(0, pthread_create(&th[i], NULL, add_range, &args[i]));
  }
  long ret_total = 0;
  for (int i = 0; i < 4; i++) {
    void *ret;
    ASSERT(0, pthread_join(th[i], &ret));
    ret_total += (long)ret;
  }
  ASSERT(5050, shared_total);
  ASSERT(10100, ret_total);
  ASSERT(325, args[0].sum);
  ASSERT(1, pthread_equal(pthread_self(), pthread_self()));

  char *argv[] = {"prog", "-a", "-b", "value", "-c3", "rest", NULL};
  int argc = 6, opt, seen_a = 0, seen_c = 0;
  const char *b_arg = NULL, *c_arg = NULL;
  optind = 1;
  opterr = 0;
  while ((opt = getopt(argc, argv, "ab:c:")) != -1) {
    if (opt == 'a')
      seen_a = 1;
    else if (opt == 'b')
      b_arg = optarg;
    else if (opt == 'c')
      seen_c = 1, c_arg = optarg;
  }
  ASSERT(1, seen_a);
  ASSERT(1, seen_c);
  ASSERT(0, strcmp(b_arg, "value"));
  ASSERT(0, strcmp(c_arg, "3"));
  ASSERT(5, optind);
  ASSERT(0, strcmp(argv[optind], "rest"));

  static struct option longopts[] = {
    {"verbose", no_argument, NULL, 'v'},
    {"name", required_argument, NULL, 'n'},
    {0, 0, 0, 0},
  };
  char *argv2[] = {"prog", "--verbose", "--name=x", NULL};
  int verbose = 0;
  const char *name = NULL;
  optind = 1;
  while ((opt = getopt_long(3, argv2, "vn:", longopts, NULL)) != -1) {
    if (opt == 'v')
      verbose = 1;
    else if (opt == 'n')
      name = optarg;
  }
  ASSERT(1, verbose);
  ASSERT(0, strcmp(name, "x"));

  ASSERT(0, strcasecmp("HeLLo", "hello"));
  ASSERT(1, strcasecmp("a", "B") < 0);
  ASSERT(0, strncasecmp("ABCx", "abcy", 3));
  ASSERT(4, ffs(8));
  ASSERT(0, ffs(0));
  char zb[4] = {1, 2, 3, 4};
  bzero(zb, 2);
  ASSERT(0, zb[0] + zb[1]);
  ASSERT(3, zb[2]);
}

static void test_mman_socket_inet(void) {
  long page = sysconf(_SC_PAGESIZE);
  char *m = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT(1, m != MAP_FAILED);
  ASSERT(0, m[0]);
  ASSERT(0, m[page - 1]);
  m[10] = 'x';
  ASSERT('x', m[10]);
  ASSERT(0, mprotect(m, page, PROT_READ));
  ASSERT(0, munmap(m, page));

  int s = socket(AF_INET, SOCK_STREAM, 0);
  ASSERT(1, s >= 0);
  int one = 1;
  ASSERT(0, setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
  ASSERT(0, close(s));
  int sv[2];
  ASSERT(0, socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
  ASSERT(3, send(sv[0], "pin", 3, 0));
  char buf[8] = {0};
  ASSERT(3, recv(sv[1], buf, sizeof buf, 0));
  ASSERT(0, strcmp(buf, "pin"));
  close(sv[0]);
  close(sv[1]);

  ASSERT(0x3412, htons(0x1234));
  ASSERT(0x1234, ntohs(0x3412));
  ASSERT(1, htonl(0x01020304) == 0x04030201);
  ASSERT(1, INADDR_LOOPBACK == 0x7f000001);
  struct sockaddr_in sin;
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  sin.sin_port = htons(80);
  ASSERT(1, inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr));
  ASSERT(1, sin.sin_addr.s_addr == htonl(INADDR_LOOPBACK));
  ASSERT(0, inet_pton(AF_INET, "not-an-address", &sin.sin_addr));
  char text[INET_ADDRSTRLEN];
  struct in_addr ia;
  ia.s_addr = htonl(0xc0a80001);
  ASSERT(1, inet_ntop(AF_INET, &ia, text, sizeof text) != NULL);
  ASSERT(0, strcmp(text, "192.168.0.1"));
  ASSERT(16, sizeof(struct sockaddr_in));
  ASSERT(28, sizeof(struct sockaddr_in6));
  struct in6_addr a6;
  ASSERT(1, inet_pton(AF_INET6, "::1", &a6));
  ASSERT(1, IN6_IS_ADDR_LOOPBACK(&a6));
}

static void test_poll_termios_ioctl_resource_uname(void) {
  ASSERT(0, poll(NULL, 0, 0));
  int fds[2];
  ASSERT(0, pipe(fds));
  write(fds[1], "x", 1);
  struct pollfd pfd = {fds[0], POLLIN, 0};
  ASSERT(1, poll(&pfd, 1, 0));
  ASSERT(1, (pfd.revents & POLLIN) != 0);
  close(fds[0]);
  close(fds[1]);

  struct termios t;
  errno = 0;
  ASSERT(-1, tcgetattr(-1, &t));
  ASSERT(EBADF, errno);
  int tty = isatty(0);
  ASSERT(1, tty == 0 || tty == 1);
  ASSERT(1, (ECHO | ICANON) != 0);
  ASSERT(1, B9600 != B0);

  struct winsize ws;
  ASSERT(-1, ioctl(-1, TIOCGWINSZ, &ws));
  int devnull = open("/dev/null", O_RDONLY);
  int avail = -1;
  ASSERT(1, ioctl(devnull, FIONREAD, &avail) == 0 || errno == ENOTTY || errno == EINVAL);
  close(devnull);

  struct rlimit rl;
  ASSERT(0, getrlimit(RLIMIT_NOFILE, &rl));
  ASSERT(1, rl.rlim_cur > 0);
  ASSERT(1, rl.rlim_cur <= rl.rlim_max || rl.rlim_max == RLIM_INFINITY);
  struct rusage ru;
  ASSERT(0, getrusage(RUSAGE_SELF, &ru));

  struct utsname u;
  ASSERT(0, uname(&u));
  ASSERT(0, strcmp(u.sysname, "Linux"));
  ASSERT(0, strcmp(u.machine, "x86_64"));
}

static void test_pwd_grp_dl_libgen(void) {
  struct passwd *pw = getpwuid(0);
  ASSERT(1, pw != NULL);
  ASSERT(0, strcmp(pw->pw_name, "root"));
  ASSERT(0, pw->pw_uid);
  struct passwd *pw2 = getpwnam("root");
  ASSERT(1, pw2 != NULL && pw2->pw_uid == 0);
  struct group *gr = getgrgid(0);
  ASSERT(1, gr != NULL);
  ASSERT(0, strcmp(gr->gr_name, "root"));

  void *self = dlopen(NULL, RTLD_NOW);
  ASSERT(1, self != NULL);
  void *sym = dlsym(self, "printf");
  ASSERT(1, sym != NULL);
  int (*strlen_p)(const char *) = (int (*)(const char *))dlsym(self, "strlen");
  ASSERT(1, strlen_p != NULL);
  ASSERT(4, strlen_p("four"));
  ASSERT(1, dlsym(self, "no_such_symbol_9cc_test") == NULL);
  ASSERT(1, dlerror() != NULL);
  ASSERT(0, dlclose(self));

  char p1[] = "/usr/lib/";
  ASSERT(0, strcmp(basename(p1), "lib"));
  char p2[] = "/usr/lib/libc.so";
  ASSERT(0, strcmp(basename(p2), "libc.so"));
  char p3[] = "/usr/lib/libc.so";
  ASSERT(0, strcmp(dirname(p3), "/usr/lib"));
  char p4[] = "file";
  ASSERT(0, strcmp(dirname(p4), "."));
}

static void test_regex_glob_fnmatch_search(void) {
  regex_t re;
  ASSERT(0, regcomp(&re, "^a([0-9]+)b$", REG_EXTENDED));
  regmatch_t mt[2];
  ASSERT(0, regexec(&re, "a123b", 2, mt, 0));
  ASSERT(1, mt[1].rm_so);
  ASSERT(4, mt[1].rm_eo);
  ASSERT(REG_NOMATCH, regexec(&re, "ab", 0, NULL, 0));
  regfree(&re);
  ASSERT(0, regcomp(&re, "x*", REG_NOSUB));
  ASSERT(0, regexec(&re, "xxx", 0, NULL, 0));
  regfree(&re);
  ASSERT(1, regcomp(&re, "a(", REG_EXTENDED) != 0);

  glob_t g;
  ASSERT(0, glob("/", 0, NULL, &g));
  ASSERT(1, g.gl_pathc);
  ASSERT(0, strcmp(g.gl_pathv[0], "/"));
  globfree(&g);
  ASSERT(GLOB_NOMATCH, glob("/no/such/dir/9cc/*", 0, NULL, &g));

  ASSERT(0, fnmatch("*.c", "x.c", 0));
  ASSERT(FNM_NOMATCH, fnmatch("*.c", "x.h", 0));
  ASSERT(0, fnmatch("a?c", "abc", 0));
  ASSERT(0, fnmatch("[a-c]x", "bx", 0));
  ASSERT(FNM_NOMATCH, fnmatch("*", ".hidden", FNM_PERIOD));

  ASSERT(1, hcreate(16) != 0);
  ENTRY e = {"key", (void *)42}, *ep;
  ASSERT(1, hsearch(e, ENTER) != NULL);
  ep = hsearch((ENTRY){"key", NULL}, FIND);
  ASSERT(1, ep != NULL);
  ASSERT(42, (long)ep->data);
  ASSERT(1, hsearch((ENTRY){"nokey", NULL}, FIND) == NULL);
  hdestroy();

  int tbl[8] = {4, 8, 15};
  size_t n = 3;
  int k = 16;
  int *r = lsearch(&k, tbl, &n, sizeof(int), cmp_int);
  ASSERT(4, n);
  ASSERT(3, r - tbl);
  k = 8;
  r = lfind(&k, tbl, &n, sizeof(int), cmp_int);
  ASSERT(1, r - tbl);

  void *root = NULL;
  static int vals[] = {5, 2, 8};
  for (int i = 0; i < 3; i++)
    tsearch(&vals[i], &root, cmp_int);
  k = 8;
  void *tf = tfind(&k, &root, cmp_int);
  ASSERT(1, tf != NULL);
  ASSERT(8, **(int **)tf);
  k = 3;
  ASSERT(1, tfind(&k, &root, cmp_int) == NULL);
}

static void test_syslog_netdb_misc(void) {
  openlog("9cc-test", LOG_PID | LOG_NDELAY, LOG_USER);
  int old = setlogmask(LOG_UPTO(LOG_ERR));
  ASSERT(1, old != 0);
  ASSERT(1, LOG_MASK(LOG_ERR) != 0);
  setlogmask(old);
  closelog();

  struct addrinfo hints, *res = NULL;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  ASSERT(0, getaddrinfo("127.0.0.1", "8080", &hints, &res));
  ASSERT(1, res != NULL);
  ASSERT(AF_INET, res->ai_family);
  struct sockaddr_in *sa = (struct sockaddr_in *)res->ai_addr;
  ASSERT(8080, ntohs(sa->sin_port));
  ASSERT(1, sa->sin_addr.s_addr == htonl(INADDR_LOOPBACK));
  freeaddrinfo(res);
  ASSERT(1, gai_strerror(EAI_NONAME) != NULL);
  ASSERT(1, getaddrinfo("not a numeric host", NULL, &hints, &res) != 0);

  char *a = alloca(100);
  memset(a, 7, 100);
  ASSERT(7, a[99]);
  ASSERT(0, (uintptr_t)a % 16);

  ASSERT(1, bswap_32(0x12345678) == 0x78563412);
  ASSERT(0x3412, bswap_16(0x1234));
  ASSERT(1, bswap_64(0x0102030405060708ULL) == 0x0807060504030201ULL);

  ASSERT(1, __BYTE_ORDER == __LITTLE_ENDIAN);
  ASSERT(1, BYTE_ORDER == LITTLE_ENDIAN);
  ASSERT(1, htole32(0x12345678) == 0x12345678);
  ASSERT(1, be32toh(0x12345678) == 0x78563412);
  ASSERT(1, htobe16(0x1234) == 0x3412);
  ASSERT(1, le64toh(5) == 5);

  fd_set rfds;
  FD_ZERO(&rfds);
  FD_SET(0, &rfds);
  ASSERT(1, FD_ISSET(0, &rfds) != 0);
  FD_CLR(0, &rfds);
  ASSERT(0, FD_ISSET(0, &rfds) != 0);
  struct timeval tv = {0, 0};
  ASSERT(0, select(0, NULL, NULL, NULL, &tv));
  int fds[2];
  pipe(fds);
  write(fds[1], "y", 1);
  FD_ZERO(&rfds);
  FD_SET(fds[0], &rfds);
  tv = (struct timeval){0, 0};
  ASSERT(1, select(fds[0] + 1, &rfds, NULL, NULL, &tv));
  ASSERT(1, FD_ISSET(fds[0], &rfds) != 0);
  close(fds[0]);
  close(fds[1]);
}

int main(void) {
  test_assert_ctype_errno();
  test_fenv_float();
  test_inttypes_limits_iso646();
  test_locale_math();
  test_setjmp_signal();
  test_stdalign_stdarg_stdbool_stddef_stdint();
  test_stdio_stdlib();
  test_string_tgmath();
  test_time_uchar_wchar_wctype();
  test_unistd_fcntl_stat();
  test_time_wait_dirent();
  test_pthread_getopt_strings();
  test_mman_socket_inet();
  test_poll_termios_ioctl_resource_uname();
  test_pwd_grp_dl_libgen();
  test_regex_glob_fnmatch_search();
  test_syslog_netdb_misc();
  test_done("headers.c");
  return 0;
}
