// Shared by every assertion program under test/.  Until 9cc ships its own
// system headers, test programs declare the few libc functions they use here
// by hand.  ASSERT(expected, expr) prints the expression it checks and stops
// the program with exit status 1 on the first mismatch.
#define ASSERT(x, y) assert_eq((long)(x), (long)(y), #y, __FILE__, __LINE__)

void assert_eq(long expected, long actual, char *code, char *file, int line);
void assert_double(double expected, double actual, char *code, char *file, int line);
void test_done(char *file);

int printf(const char *fmt, ...);
int sprintf(char *buf, const char *fmt, ...);
int snprintf(char *buf, unsigned long n, const char *fmt, ...);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, unsigned long n);
unsigned long strlen(const char *s);
void *memcpy(void *dst, const void *src, unsigned long n);
void *memset(void *dst, int c, unsigned long n);
int memcmp(const void *a, const void *b, unsigned long n);
void *malloc(unsigned long n);
void *calloc(unsigned long n, unsigned long size);
void free(void *p);
void exit(int status);
