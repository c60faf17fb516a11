#include "test.h"
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

// GNU extended asm as x86-64 code uses it: outputs, inputs and clobbers;
// each kind of constraint; matching, read-write and early-clobber
// operands; the operand modifiers; asm goto; local register variables;
// dialect alternatives.  Every expected value is what gcc's code gives
// (make test-gcc runs this file through gcc), or what the instruction
// does by its definition (bswap, xchg, sqrt).

int g = 40;
int garr[4] = {1, 2, 3, 4};
struct pair { int a; long b; } gpair = {5, 6};

// cpuid, through "=a", "=b", "=c", "=d" and an input sharing eax: leaf 0
// gives the highest leaf and the vendor's name, the same with the inputs
// written as a matching constraint ("0") and as named operands.
void test_cpuid(void) {
  unsigned a, b, c, d;
  asm volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0), "c"(0));
  ASSERT(1, a >= 1);
  char vendor[13];
  memcpy(vendor, &b, 4);
  memcpy(vendor + 4, &d, 4);
  memcpy(vendor + 8, &c, 4);
  vendor[12] = 0;
  ASSERT(12, strlen(vendor));
  unsigned a2, b2, c2, d2;
  asm volatile("cpuid" : "=a"(a2), "=b"(b2), "=c"(c2), "=d"(d2) : "0"(0), "2"(0));
  ASSERT(a, a2);
  ASSERT(b, b2);
  ASSERT(c, c2);
  ASSERT(d, d2);
  unsigned leaf = 0, eax, ebx;
  asm volatile("cpuid" : [eax] "=a"(eax), [ebx] "=b"(ebx) : [leaf] "[eax]"(leaf) : "ecx", "edx");
  ASSERT(a, eax);
  ASSERT(b, ebx);
}

// rdtsc's two halves in edx:eax: a later reading is larger.
static unsigned long rdtsc(void) {
  unsigned lo, hi;
  asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
  return (unsigned long)hi << 32 | lo;
}

void test_rdtsc(void) {
  unsigned long t1 = rdtsc();
  for (volatile int i = 0; i < 1000; i++)
    ;
  unsigned long t2 = rdtsc();
  ASSERT(1, t2 > t1);
}

// "+r": the operand is read and written.
void test_bswap(void) {
  unsigned x = 0x11223344;
  asm("bswap %0" : "+r"(x));
  ASSERT(0x44332211, x);
  unsigned long y = 0x1122334455667788;
  asm("bswap %0" : "+r"(y));
  ASSERT(0x8877665544332211, y);
  unsigned long z = 0x0102030405060708, w;
  asm("bswap %0" : "=r"(w) : "0"(z)); // the same through a matching input
  ASSERT(0x0807060504030201, w);
  ASSERT(0x0102030405060708, z);
}

// xchg between a register and memory; lock cmpxchg, which compares eax
// with memory, and its zero flag read as a flag output.
void test_xchg_cmpxchg(void) {
  int a = 1, b = 2;
  asm("xchgl %0, %1" : "+r"(a), "+m"(b));
  ASSERT(2, a);
  ASSERT(1, b);
  int mem = 10, prev;
  asm volatile("lock cmpxchgl %2, %1" : "=a"(prev), "+m"(mem) : "r"(20), "0"(10) : "memory");
  ASSERT(10, prev);
  ASSERT(20, mem);
  asm volatile("lock cmpxchgl %2, %1" : "=a"(prev), "+m"(mem) : "r"(30), "0"(10) : "memory");
  ASSERT(20, prev); // failed: eax gets what memory holds
  ASSERT(20, mem);
  long lmem = 5;
  long *p = &lmem;
  _Bool ok;
  asm volatile("lock cmpxchgq %3, %1" : "=@ccz"(ok), "+m"(*p), "+a"(prev) : "r"(6L) : "memory");
  ASSERT(0, ok); // rax held 20, not 5
  long expect = 5;
  asm volatile("lock cmpxchgq %3, %1" : "=@ccz"(ok), "+m"(*p), "+a"(expect) : "r"(6L) : "memory");
  ASSERT(1, ok);
  ASSERT(6, lmem);
}

// System calls: the number in rax, arguments in rdi, rsi, rdx and r10
// (a local register variable), rcx and r11 clobbered by the kernel.
static long syscall3(long n, long a, long b, long c) {
  long ret;
  asm volatile("syscall" : "=a"(ret) : "0"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
  return ret;
}

static long syscall4(long n, long a, long b, long c, long d) {
  register long r10 asm("r10") = d;
  long ret;
  asm volatile("syscall" : "=a"(ret) : "0"(n), "D"(a), "S"(b), "d"(c), "r"(r10) : "rcx", "r11", "memory");
  return ret;
}

void test_syscall(void) {
  long pid;
  asm volatile("syscall" : "=a"(pid) : "a"(SYS_getpid) : "rcx", "r11", "memory");
  ASSERT(getpid(), pid);
  int fds[2];
  ASSERT(0, pipe(fds));
  ASSERT(5, syscall3(SYS_write, fds[1], (long)"hello", 5));
  char buf[8] = {0};
  ASSERT(5, syscall3(SYS_read, fds[0], (long)buf, sizeof buf));
  ASSERT(0, strcmp(buf, "hello"));
  close(fds[0]);
  close(fds[1]);
  // rt_sigprocmask(SIG_BLOCK, NULL, &old, size): the size, in r10, must
  // be 8 bytes.
  unsigned long old;
  ASSERT(0, syscall4(SYS_rt_sigprocmask, SIG_BLOCK, 0, (long)&old, 8));
  ASSERT(-22, syscall4(SYS_rt_sigprocmask, SIG_BLOCK, 0, (long)&old, 4)); // EINVAL
}

// SSE registers ("x"): a float and a double in the low lane; four floats
// moved through memory operands into registers the asm clobbers.
void test_sse(void) {
  float a = 1.5f, b = 2.25f;
  asm("addps %1, %0" : "+x"(a) : "x"(b));
  ASSERT(1, a == 3.75f);
  double c = 10.0, d = 0.5;
  asm("mulsd %1, %0" : "+x"(c) : "x"(d));
  ASSERT(1, c == 5.0);
  float v[4] = {1, 2, 3, 4}, w[4] = {10, 20, 30, 40}, r[4];
  asm("movups %1, %%xmm0\n\t"
      "movups %2, %%xmm1\n\t"
      "addps %%xmm1, %%xmm0\n\t"
      "movups %%xmm0, %0"
      : "=m"(r) : "m"(v), "m"(w) : "xmm0", "xmm1");
  ASSERT(11, r[0]);
  ASSERT(22, r[1]);
  ASSERT(33, r[2]);
  ASSERT(44, r[3]);
  double s;
  asm("sqrtsd %1, %0" : "=x"(s) : "xm"(2.25));
  ASSERT(1, s == 1.5);
}

// The x87 stack: "t" is st(0), "u" st(1), "f" either; fpatan pops its
// st(1) input, which the clobber list says.
void test_x87(void) {
  long double x = 2.25L, r;
  asm("fsqrt" : "=t"(r) : "0"(x));
  ASSERT(1, r == 1.5L);
  double y = 0.0, z = 1.0, at;
  asm("fpatan" : "=t"(at) : "0"(z), "u"(y) : "st(1)");
  ASSERT(1, at == 0.0);
  long double s, c;
  asm("fsincos" : "=t"(c), "=u"(s) : "0"(0.0L));
  ASSERT(1, c == 1.0L);
  ASSERT(1, s == 0.0L);
  float f = 3.0f, sum;
  asm("fadd %%st(1), %%st" : "=t"(sum) : "0"(f), "u"(4.0f));
  ASSERT(1, sum == 7.0f);
  double prod; // "f": any x87 register; st(0) is taken, so st(1)
  asm("fmul %2, %0" : "=t"(prod) : "0"(1.5), "f"(4.0));
  ASSERT(1, prod == 6.0);
}

// Memory operands ("m", "o"): a local, a member of one, a global, an
// element reached through a pointer, and "g", which may be anything.
void test_memory(void) {
  int m = 10;
  asm("addl %1, %0" : "+m"(m) : "ri"(7));
  ASSERT(17, m);
  struct pair s = {1, 2};
  asm("addq $40, %0" : "+o"(s.b));
  ASSERT(42, s.b);
  ASSERT(1, s.a);
  asm("incl %0" : "+m"(g));
  ASSERT(41, g);
  int *p = garr;
  asm("movl %1, %0" : "=m"(p[2]) : "r"(33));
  ASSERT(33, garr[2]);
  int v;
  asm("movl %1, %0" : "=r"(v) : "m"(garr[3]));
  ASSERT(4, v);
  asm("movq %1, %0" : "=r"(s.b) : "m"(gpair.b));
  ASSERT(6, s.b);
  int k = 0;
  asm("movl %1, %0" : "=g"(k) : "g"(5));
  ASSERT(5, k);
  asm("addl %1, %0" : "+g"(k) : "g"(m));
  ASSERT(22, k);
}

// Constants of every range gcc names: i, n, e, Z, I, J, K, L, M, N.
void test_constants(void) {
  int x = 3;
  asm("shll %1, %0" : "+r"(x) : "I"(4));
  ASSERT(48, x);
  long y = 1;
  asm("shlq %1, %0" : "+r"(y) : "J"(40));
  ASSERT(1L << 40, y);
  asm("imulq %1, %0" : "+r"(y) : "K"(-2));
  ASSERT(-(1L << 41), y);
  unsigned z = 0x12345678;
  asm("andl %1, %0" : "+r"(z) : "L"(0xffff));
  ASSERT(0x5678, z);
  asm("shll %1, %0" : "+r"(z) : "M"(2));
  ASSERT(0x159e0, z);
  int n;
  asm("movl %1, %0" : "=r"(n) : "N"(200));
  ASSERT(200, n);
  long e;
  asm("movq %1, %0" : "=r"(e) : "e"(-100000));
  ASSERT(-100000, e);
  asm("movl %1, %k0" : "=r"(e) : "Z"(0xfffffff0L));
  ASSERT(0xfffffff0, e);
  asm("movl %1, %0" : "=r"(n) : "n"(sizeof(struct pair)));
  ASSERT(16, n);
  asm("movl %1, %0" : "=r"(n) : "i"(-7));
  ASSERT(-7, n);
}

// Fixed registers: rep movsb with its count in rcx and pointers in rsi
// and rdi, all read-write; "A" for a 64-bit value is rax (gcc); "q" and
// "Q" for byte registers.
void test_fixed_registers(void) {
  char src[] = "copy me", dst[8] = {0};
  char *d = dst, *s = src;
  unsigned long n = sizeof src;
  asm volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
  ASSERT(0, strcmp(dst, "copy me"));
  ASSERT(0, n);
  ASSERT(8, d - dst);
  unsigned long a;
  asm("movl $5, %%eax" : "=A"(a));
  ASSERT(5, a);
  unsigned char c;
  int one = 1, two = 2;
  asm("cmpl %2, %1\n\tsetl %0" : "=q"(c) : "r"(one), "r"(two));
  ASSERT(1, c);
  int b = 7;
  asm("" : "+b"(b));
  ASSERT(7, b);
}

// __int128 operands: "A" is the pair rdx:rax (the high half in rdx), as
// mul leaves its product; "r" gives an __int128 a pair too, which a
// template cannot name (gcc takes rax:rdx first, with a warning if the
// template names it) but which keeps the value.  The other register
// operands keep out of both registers.
void test_int128_operands(void) {
  unsigned __int128 p = 0xffffffffffffffffUL;
  unsigned long three = 3;
  asm("mulq %1" : "+A"(p) : "r"(three));
  ASSERT(2, (long)(p >> 64));
  ASSERT(-3, (long)p);
  unsigned __int128 x = (unsigned __int128)1 << 64 | 2;
  long forty = 40;
  asm("addq %1, %%rax\n\tadcq $0, %%rdx" : "+A"(x) : "r"(forty));
  ASSERT(1, (long)(x >> 64));
  ASSERT(42, (long)x);
  x = ~(unsigned __int128)0 - 1;
  asm("addq $3, %%rax\n\tadcq $0, %%rdx" : "+A"(x));
  ASSERT(0, (long)(x >> 64));
  ASSERT(1, (long)x);
  __int128 y;
  asm("movq $5, %%rax\n\tmovq $-6, %%rdx" : "=A"(y));
  ASSERT(5, (long)y);
  ASSERT(-6, (long)(y >> 64));
  __int128 z;
  asm("notq %%rax\n\tnotq %%rdx" : "=A"(z) : "0"(y));
  ASSERT(-6, (long)z);
  ASSERT(5, (long)(z >> 64));
  unsigned long hi, lo;
  asm("movq %%rax, %0\n\tmovq %%rdx, %1" : "=&r"(lo), "=&r"(hi) : "A"(y));
  ASSERT(5, lo);
  ASSERT(-6, hi);

  __int128 b = -((__int128)7 << 64) - 9;
  asm("" : "+r"(b));
  ASSERT(1, b == -((__int128)7 << 64) - 9);
  __int128 c;
  asm("" : "=r"(c) : "0"(b + 1));
  ASSERT(1, c == -((__int128)7 << 64) - 8);
}

// Operand modifiers: %b %h %w %k %q pick a register's width, %c and %P
// print a constant bare, %a an address, %z a size suffix, %% a percent
// sign, %= a number unique to each asm.
static int seven(void) { return 7; }

void test_modifiers(void) {
  unsigned r = 0xaaaaaaaa;
  asm("movb %h1, %b0" : "+q"(r) : "Q"(0x1234));
  ASSERT(0xaaaaaa12, r);
  asm("movw %w1, %w0" : "+r"(r) : "r"(0x5678));
  ASSERT(0xaaaa5678, r);
  long q = -1;
  asm("movl %k1, %k0" : "+r"(q) : "r"(3L));
  ASSERT(3, q); // a 32-bit move clears the upper half
  int i = -2;
  long wide;
  asm("movslq %k1, %q0" : "=r"(wide) : "r"(i));
  ASSERT(-2, wide);
  int k;
  asm("movl $%c1 + 1, %0" : "=r"(k) : "i"(41));
  ASSERT(42, k);
  asm("call %P1" : "=a"(k) : "i"(seven) : "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "memory");
  ASSERT(7, k);
  int *p;
  asm("leaq %a1, %0" : "=r"(p) : "i"(&g)); // g(%rip)
  ASSERT(1, p == &g);
  short sh = 1;
  char ch = 2;
  long lg = 3;
  asm("add%z0 %1, %0" : "+r"(sh) : "r"((short)10));
  asm("add%z0 %1, %0" : "+r"(ch) : "r"((char)10));
  asm("add%z0 %1, %0" : "+r"(lg) : "r"(10L));
  ASSERT(11, sh);
  ASSERT(12, ch);
  ASSERT(13, lg);
  int pct = 0;
  for (int j = 0; j < 2; j++) // the same template twice: %= keeps labels apart
    asm("jmp .Lskip%=\n\t"
        "movl $100, %%eax\n"
        ".Lskip%=:\n\t"
        "incl %0"
        : "+r"(pct) : : "eax");
  asm("jmp .Lskip%=\n.Lskip%=:" : : );
  ASSERT(2, pct);
}

// Operands by name, %[name], and mixed with numbers.
void test_named(void) {
  int sum, a = 30, b = 12;
  asm("movl %[a], %[sum]\n\taddl %[b], %[sum]" : [sum] "=&r"(sum) : [a] "r"(a), [b] "r"(b));
  ASSERT(42, sum);
  asm("subl %2, %[out]" : [out] "+r"(sum) : "r"(a), "r"(b));
  ASSERT(30, sum);
}

// An early-clobber output is written before the inputs are read: it must
// not share their registers.
void test_early_clobber(void) {
  int a = 5, b = 7, r;
  asm("movl $1, %0\n\taddl %1, %0\n\taddl %2, %0" : "=&r"(r) : "r"(a), "r"(b));
  ASSERT(13, r);
}

// Alternatives: the first that every operand can take.
void test_alternatives(void) {
  int x = 3, y;
  asm("movl %1, %0" : "=r,m"(y) : "i,r"(x)); // x is no constant: the second
  ASSERT(3, y);
  asm("movl %1, %0" : "=r,r"(y) : "i,r"(9));
  ASSERT(9, y);
  asm("addl %1, %0" : "=r,rm"(y) : "rm,r"(5), "0,0"(y));
  ASSERT(14, y);
}

// Register variables in callee-saved registers, r10 and r11 and xmm8-15
// keep their values across an asm that clobbers those registers.
static long hot_loop(int n) {
  long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6;
  for (int i = 0; i < n; i++) {
    asm volatile("xorl %%ebx, %%ebx\n\txorl %%r12d, %%r12d\n\txorl %%r13d, %%r13d\n\t"
                 "xorl %%r14d, %%r14d\n\txorl %%r15d, %%r15d\n\txorl %%r10d, %%r10d\n\t"
                 "xorl %%r11d, %%r11d"
                 ::: "rbx", "r12", "r13", "r14", "r15", "r10", "r11");
    a += b; b += c; c += d; d += e; e += f; f += a;
  }
  return a + b + c + d + e + f;
}

static double hot_doubles(int n) {
  double a = 1, b = 2, c = 3;
  for (int i = 0; i < n; i++) {
    asm volatile("xorps %%xmm8, %%xmm8\n\txorps %%xmm9, %%xmm9\n\txorps %%xmm10, %%xmm10"
                 ::: "xmm8", "xmm9", "xmm10");
    a += b; b += c; c += a;
  }
  return a + b + c;
}

void test_clobbers(void) {
  ASSERT(424, hot_loop(4));
  ASSERT(77, hot_doubles(3));
  int mem = 1;
  int *p = &mem;
  asm volatile("movl $9, (%0)" : : "r"(p) : "memory");
  ASSERT(9, mem);
}

// asm goto: jumps to C labels (%l with a number counting every operand
// before it, or %l[name]), also out of a loop, and out of an asm that
// saved registers the way out must put back.
static int classify(int x) {
  asm goto("cmpl $0, %0\n\t"
           "jl %l1\n\t"
           "je %l[zero]"
           : : "r"(x) : "cc" : negative, zero);
  return 1;
negative:
  return -1;
zero:
  return 0;
}

static long goto_saved(int n) {
  long a = 1, b = 2, c = 3, d = 4, e = 5;
  for (int i = 0;; i++) {
    a += b; b += c; c += d; d += e; e += a;
    asm goto("cmpl %1, %0\n\tjge %l2" : : "r"(i), "r"(n) : "rbx", "r12", "r13" : done);
  }
done:
  return a + b + c + d + e;
}

// Outputs hold on the way to a label too (gcc 11 and later).
static int goto_output(int x) {
  int y;
  asm goto("movl %1, %0\n\tnegl %0\n\tcmpl $0, %1\n\tjl %l[neg]" : "=&r"(y) : "r"(x) : "cc" : neg);
  return y;
neg:
  return y * 10;
}

void test_asm_goto(void) {
  ASSERT(-1, classify(-5));
  ASSERT(0, classify(0));
  ASSERT(1, classify(8));
  ASSERT(32, goto_saved(0));
  ASSERT(69, goto_saved(1));
  ASSERT(-4, goto_output(4));
  ASSERT(40, goto_output(-4));
}

// Local register variables feed operands in the register they name.
void test_register_vars(void) {
  register long x asm("rdi") = 42;
  long y;
  asm("movq %%rdi, %0" : "=r"(y) : "r"(x));
  ASSERT(42, y);
  register int out asm("esi");
  asm("movl $7, %%esi" : "=r"(out));
  ASSERT(7, out);
  register double dv asm("xmm3") = 2.5;
  double dy;
  asm("movsd %%xmm3, %0" : "=x"(dy) : "x"(dv));
  ASSERT(1, dy == 2.5);
}

// {att|intel}: the text for the dialect in use (AT&T here).
void test_dialects(void) {
  int x = 6, y;
  asm("{movl %1, %0|mov %0, %1}" : "=r"(y) : "r"(x));
  ASSERT(6, y);
  asm("{addl $1, %0|add %0, 1}\n\t{shll $1, %0|shl %0, 1}" : "+r"(y));
  ASSERT(14, y);
  int braces = 0;
  asm("movl $3, %0 # %{ %| %}" : "=r"(braces));
  ASSERT(3, braces);
}

// Outputs whose lvalues take code: through a pointer, a bitfield, an
// array element whose index has a side effect (evaluated once).
struct bits { unsigned lo : 4, hi : 12; };

void test_output_lvalues(void) {
  long arr[3] = {0};
  int i = 0;
  asm("movq $7, %0" : "=r"(arr[i++]));
  ASSERT(7, arr[0]);
  ASSERT(1, i);
  struct bits b = {1, 2};
  asm("movl $0x123, %k0" : "=r"(b.hi)); // gcc: a bitfield's register is as narrow as it
  ASSERT(0x123, b.hi);
  ASSERT(1, b.lo);
  asm("addl $1, %k0" : "+r"(b.lo));
  ASSERT(2, b.lo);
  long *p = &arr[1];
  asm("movq $9, %0" : "=r"(*p));
  ASSERT(9, arr[1]);
}

// More operands than caller-saved registers: some go to callee-saved
// ones (saved and restored), "rm" ones to memory, outputs to an input's.
void test_many_operands(void) {
  long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g2 = 7, h = 8, i = 9, j = 10, k = 11, l = 12;
  long sum;
  asm("movq %1, %0\n\taddq %2, %0\n\taddq %3, %0\n\taddq %4, %0\n\taddq %5, %0\n\t"
      "addq %6, %0\n\taddq %7, %0\n\taddq %8, %0\n\taddq %9, %0\n\taddq %10, %0\n\t"
      "addq %11, %0\n\taddq %12, %0"
      : "=&r"(sum)
      : "r"(a), "r"(b), "r"(c), "r"(d), "r"(e), "r"(f), "r"(g2), "r"(h), "r"(i), "r"(j), "rm"(k), "rm"(l));
  ASSERT(78, sum);
  // Fourteen inputs take every register there is: the output shares one,
  // and the last input, which may be memory, is.
  long m = 13, o = 14, r;
  asm("movq %1, %0\n\taddq %14, %0\n\taddq %15, %0"
      : "=r"(r)
      : "r"(a), "r"(b), "r"(c), "r"(d), "r"(e), "r"(f), "r"(g2), "r"(h), "r"(i), "r"(j), "r"(k), "r"(l),
        "r"(m), "r"(o), "rm"(100L));
  ASSERT(115, r);
}

int main(void) {
  test_cpuid();
  test_rdtsc();
  test_bswap();
  test_xchg_cmpxchg();
  test_syscall();
  test_sse();
  test_x87();
  test_memory();
  test_constants();
  test_fixed_registers();
  test_int128_operands();
  test_modifiers();
  test_named();
  test_early_clobber();
  test_alternatives();
  test_clobbers();
  test_asm_goto();
  test_register_vars();
  test_dialects();
  test_output_lvalues();
  test_many_operands();
  test_done(__FILE__);
  return 0;
}
