#include "test.h"

// Control flow: if, loops, switch, goto, blocks, recursion.

int is_even(int n);
int is_odd(int n);

int is_even(int n) { if (n == 0) return 1; return is_odd(n - 1); }
int is_odd(int n) { if (n == 0) return 0; return is_even(n - 1); }

int fib(int n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }

int ack(int m, int n) {
  if (m == 0) return n + 1;
  if (n == 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }

int sum_to(int n) { if (n == 0) return 0; return n + sum_to(n - 1); }

int classify(int n) {
  if (n < 0)
    return -1;
  else if (n == 0)
    return 0;
  else if (n < 10)
    return 1;
  else if (n < 100)
    return 2;
  else
    return 3;
}

int dangling(int a, int b) {
  int x = 0;
  if (a)
    if (b)
      x = 1;
    else
      x = 2;
  return x;
}

int dangling2(int a, int b) {
  int x = 0;
  if (a) {
    if (b)
      x = 1;
  } else
    x = 2;
  return x;
}

int find_first(int *a, int n, int v) {
  for (int i = 0; i < n; i++)
    if (a[i] == v)
      return i;
  return -1;
}

int find_in_while(int v) {
  int i = 0;
  while (1) {
    if (i * i >= v)
      return i;
    i++;
  }
  return -1;
}

int nested_return(void) {
  for (int i = 0; i < 10; i++)
    for (int j = 0; j < 10; j++)
      if (i * j == 42)
        return i * 100 + j;
  return 0;
}

int sw(int x) {
  int r = 0;
  switch (x) {
  case 0:
    r = 10;
    break;
  case 1:
    r = 20;
  case 2:
    r += 30;
    break;
  default:
    r = -1;
    break;
  case 5:
    r = 50;
  }
  return r;
}

int sw_default_mid(int x) {
  int r = 0;
  switch (x) {
  case 1:
    r += 1;
  default:
    r += 10;
  case 3:
    r += 100;
  }
  return r;
}

int sw_nodefault(int x) {
  int r = 7;
  switch (x) {
  case 1: r = 1; break;
  case 2: r = 2; break;
  }
  return r;
}

int sw_char(char c) {
  switch (c) {
  case 'a': return 1;
  case 'b': return 2;
  case '\n': return 3;
  case -1: return 4;
  case 'a' + 3: return 5;
  }
  return 0;
}

int sw_uchar(unsigned char c) {
  switch (c) {
  case 200: return 1;
  case 255: return 2;
  case -1: return 3;
  }
  return 0;
}

int sw_long(long x) {
  switch (x) {
  case 1: return 1;
  case 10000000000L: return 2;
  case -10000000000L: return 3;
  case 0x100000000L: return 4;
  case -1: return 5;
  }
  return 0;
}

int sw_neg(int x) {
  switch (x) {
  case -5: return 1;
  case -1: return 2;
  case 0: return 3;
  case ~0 - 1: return 4;
  case -2147483647 - 1: return 5;
  case 2147483647: return 6;
  }
  return 0;
}

int sw_const(int x) {
  switch (x) {
  case 1 + 2: return 1;
  case 2 * 5: return 2;
  case 1 << 4: return 3;
  case sizeof(long): return 4;
  case (7 > 3) ? 20 : 30: return 5;
  case 'z' - 'a': return 6;
  case (char)300: return 7;
  case 100 / 3 % 7: return 8;
  }
  return 0;
}

int sw_unsigned(unsigned x) {
  switch (x) {
  case 4294967295u: return 1;
  case 0x80000000u: return 2;
  case 1: return 3;
  }
  return 0;
}

int sw_nested(int a, int b) {
  int r = 0;
  switch (a) {
  case 1:
    switch (b) {
    case 1: r = 11; break;
    case 2: r = 12;
    default: r += 100;
    }
    r += 1000;
    break;
  case 2:
    switch (b) {
    case 1: return 21;
    }
    r = 20;
  }
  return r;
}

int sw_loop(void) {
  int r = 0;
  for (int i = 0; i < 6; i++) {
    switch (i) {
    case 1:
      continue;
    case 3:
      break;
    default:
      r += 10;
      continue;
    }
    r += 1000;
  }
  return r;
}

// Switches with the same cases in functions one after another: each
// function's nodes are released once its code is generated, so a later
// switch may sit where an earlier one was; its case values start afresh.
int sw_same1(int x) { switch (x) { case 1: return 10; case 2: return 20; } return 0; }
int sw_same2(int x) { switch (x) { case 1: return 11; case 2: return 21; } return 0; }
int sw_same3(int x) { switch (x) { case 1: return 12; case 2 ... 3: return 22; } return 0; }

// [GNU] A case range wider than INT64_MAX.
int sw_huge_range(long x) {
  switch (x) {
  case -9000000000000000000L ... 9000000000000000000L:
    return 1;
  }
  return 0;
}

int sw_nocompound(int x) {
  int r = 0;
  switch (x)
    case 1:
      r = 5;
  return r;
}

int sw_inner_block(int x) {
  int r = 0;
  switch (x) {
  case 0:
    if (1) {
  case 1:
      r += 1;
    }
    r += 10;
    break;
  case 2:
    while (r < 3) {
  case 3:
      r += 2;
    }
    break;
  }
  return r;
}

int sw_side_effect_count;
int sw_side(void) { sw_side_effect_count++; return 2; }

int duff(int n) {
  int count = 0;
  int k = (n + 3) / 4;
  switch (n % 4) {
  case 0: do { count++;
  case 3:      count++;
  case 2:      count++;
  case 1:      count++;
          } while (--k > 0);
  }
  return count;
}

int goto_loop(int n) {
  int i = 0;
  int s = 0;
top:
  if (i >= n)
    goto done;
  s += i;
  i++;
  goto top;
done:
  return s;
}

int goto_forward(int x) {
  int r = 1;
  if (x)
    goto skip;
  r = 2;
skip:
  return r;
}

int goto_nested(void) {
  int r = 0;
  for (int i = 0; i < 10; i++)
    for (int j = 0; j < 10; j++) {
      if (i == 3 && j == 4)
        goto out;
      r++;
    }
out:
  return r;
}

int goto_into_block(void) {
  int r = 0;
  goto inner;
  {
    r = 100;
  inner:
    r += 5;
  }
  return r;
}

int label_end(int x) {
  int r = 0;
  if (x)
    goto end;
  r = 9;
end:;
  return r;
}

int same_label(void) {
  int r = 0;
  goto top;
top:
  r += 3;
  return r;
}

int empty_stmts(void) {
  int i = 0;
  ;
  ;;
  for (i = 0; i < 5; i++);
  while (0);
  if (i);
  else;
  {}
  {;}
  return i;
}

int counter;
int next(void) { return ++counter; }

// if / else
static void test_if_else(void) {
  ASSERT(-1, classify(-5));
  ASSERT(0, classify(0));
  ASSERT(1, classify(9));
  ASSERT(2, classify(10));
  ASSERT(2, classify(99));
  ASSERT(3, classify(100));
  int x = 0; if (1) x = 1; ASSERT(1, x);
  x = 0; if (0) x = 1; ASSERT(0, x);
  x = 0; if (0) x = 1; else x = 2; ASSERT(2, x);
  x = 0; if (2 - 2) x = 1; else x = 2; ASSERT(2, x);
  x = 0; if (-1) x = 1; ASSERT(1, x);
  x = 0; if (0x100000000L) x = 1; ASSERT(1, x);
  x = 0; if (x = 5) x++; ASSERT(6, x);
  x = 0; if (1) { x = 1; x++; } else { x = 10; } ASSERT(2, x);
  x = 0; if (0) if (1) x = 1; else x = 2; ASSERT(0, x);
}

// dangling else binds to nearest if
static void test_dangling_else(void) {
  ASSERT(0, dangling(0, 0));
  ASSERT(0, dangling(0, 1));
  ASSERT(2, dangling(1, 0));
  ASSERT(1, dangling(1, 1));
  ASSERT(2, dangling2(0, 0));
  ASSERT(0, dangling2(1, 0));
  ASSERT(1, dangling2(1, 1));
}

// while
static void test_while(void) {
  int i = 0; while (i < 10) i++; ASSERT(10, i);
  i = 0; while (0) i++; ASSERT(0, i);
  i = 0; int j = 0; while (i < 10) { i++; if (i % 2) continue; j += i; } ASSERT(30, j);
  i = 0; while (1) { if (i == 7) break; i++; } ASSERT(7, i);
  i = 0; j = 0; while (i++ < 5) j++; ASSERT(5, j);
  ASSERT(6, i);
  i = 10; j = 0; while (i--) j += 2; ASSERT(20, j);
  ASSERT(-1, i);
  i = 0; while (i < 3, i < 5) i++; ASSERT(5, i);
}

// do-while
static void test_do_while(void) {
  int i = 0; do i++; while (i < 10); ASSERT(10, i);
  i = 0; do i++; while (0); ASSERT(1, i);
  i = 100; do { i++; } while (i < 10); ASSERT(101, i);
  i = 0; int j = 0; do { i++; if (i == 3) continue; j += i; } while (i < 5); ASSERT(12, j);
  i = 0; do { if (i == 4) break; i++; } while (1); ASSERT(4, i);
  i = 0; j = 0; do { j++; continue; } while (++i < 3); ASSERT(3, j);
}

// for
static void test_for(void) {
  int i;
  int x;
  int j = 0; for (i = 0; i < 10; i++) j += i; ASSERT(45, j);
  ASSERT(10, i);
  j = 0; for (i = 0; i < 10; i++) { if (i == 5) break; j += i; } ASSERT(10, j);
  j = 0; for (i = 0; i < 10; i++) { if (i % 3) continue; j += i; } ASSERT(18, j);
  i = 0; for (;;) { if (++i == 20) break; } ASSERT(20, i);
  i = 0; for (; i < 5;) i += 2; ASSERT(6, i);
  j = 0; for (i = 0; ; i++) { if (i > 3) break; j++; } ASSERT(4, j);
  i = 0; for (; ; i++) if (i == 8) break; ASSERT(8, i);
  j = 0; for (i = 0; i < 3; ) { i++; j += 10; } ASSERT(30, j);
  j = 0; for (i = 0, x = 10; i < x; i++, x--) j++; ASSERT(5, j);
  j = 0; for (i = 10; i > 0; i -= 3) j++; ASSERT(4, j);
  j = 0; for (i = 0; i < 5; i++) continue; ASSERT(5, i);
  j = 0; for (i = 0; i < 3; i++) for (x = 0; x < 4; x++) j++; ASSERT(12, j);
}

// for with declarations and scope
static void test_for_declarations(void) {
  int i = 100;
  int j = 0; for (int i = 0; i < 3; i++) j += i; ASSERT(3, j);
  ASSERT(100, i);
  j = 0; for (int i = 0, k = 10; i < k; i++, k--) j += k - i; ASSERT(30, j);
  ASSERT(100, i);
  j = 0; for (int i = 0; i < 3; i++) { int i = 50; j += i; } ASSERT(150, j);
  j = 0; for (int i = 0; i < 2; i++) for (int i = 0; i < 3; i++) j++; ASSERT(6, j);
  j = 0; for (long k = 4000000000L; k < 4000000003L; k++) j++; ASSERT(3, j);
  j = 0; for (char c = 'a'; c <= 'z'; c++) j++; ASSERT(26, j);
  ASSERT(100, i);
}

// nested loops with break/continue
static void test_nested_loops(void) {
  int i;
  int j;
  int x;
  int r = 0;
  for (i = 0; i < 5; i++) {
    for (j = 0; j < 5; j++) {
      if (j == 3) break;
      if (j == 1) continue;
      r += 1;
    }
    if (i == 3) continue;
    r += 100;
  }
  ASSERT(410, r);
  r = 0; i = 0;
  while (i < 4) {
    j = 0;
    do {
      j++;
      if (j == 2) continue;
      r++;
    } while (j < 3);
    i++;
  }
  ASSERT(8, r);
  r = 0;
  for (i = 0; i < 3; i++) {
    x = 0;
    while (1) {
      if (++x > i) break;
      r += 10;
    }
    r++;
  }
  ASSERT(33, r);
}

// return from inside loops
static void test_return_from_loops(void) {
  int arr[5];
  arr[0] = 5; arr[1] = 8; arr[2] = 13; arr[3] = 8; arr[4] = 2;
  ASSERT(1, find_first(arr, 5, 8));
  ASSERT(4, find_first(arr, 5, 2));
  ASSERT(-1, find_first(arr, 5, 99));
  ASSERT(5, find_in_while(25));
  ASSERT(6, find_in_while(26));
  ASSERT(607, nested_return());
}

// switch
static void test_switch(void) {
  int i;
  ASSERT(10, sw(0));
  ASSERT(50, sw(1));
  ASSERT(30, sw(2));
  ASSERT(-1, sw(3));
  ASSERT(-1, sw(-100));
  ASSERT(50, sw(5));
  ASSERT(111, sw_default_mid(1));
  ASSERT(110, sw_default_mid(2));
  ASSERT(100, sw_default_mid(3));
  ASSERT(110, sw_default_mid(-3));
  ASSERT(1, sw_nodefault(1));
  ASSERT(2, sw_nodefault(2));
  ASSERT(7, sw_nodefault(3));
  ASSERT(1, sw_char('a'));
  ASSERT(2, sw_char('b'));
  ASSERT(3, sw_char(10));
  ASSERT(4, sw_char(-1));
  ASSERT(4, sw_char(255));
  ASSERT(5, sw_char('d'));
  ASSERT(0, sw_char('c'));
  ASSERT(1, sw_uchar(200));
  ASSERT(2, sw_uchar(255));
  ASSERT(2, sw_uchar(-1));
  ASSERT(0, sw_uchar(0));
  ASSERT(1, sw_long(1));
  ASSERT(2, sw_long(10000000000L));
  ASSERT(3, sw_long(-10000000000L));
  ASSERT(4, sw_long(0x100000000L));
  ASSERT(0, sw_long(0x100000001L));
  ASSERT(0, sw_long(0));
  ASSERT(5, sw_long(-1));
  ASSERT(0, sw_long(4294967295L));
  ASSERT(1, sw_neg(-5));
  ASSERT(2, sw_neg(-1));
  ASSERT(3, sw_neg(0));
  ASSERT(4, sw_neg(-2));
  ASSERT(5, sw_neg(-2147483647 - 1));
  ASSERT(6, sw_neg(2147483647));
  ASSERT(0, sw_neg(5));
  ASSERT(1, sw_const(3));
  ASSERT(2, sw_const(10));
  ASSERT(3, sw_const(16));
  ASSERT(4, sw_const(8));
  ASSERT(5, sw_const(20));
  ASSERT(6, sw_const(25));
  ASSERT(7, sw_const(44));
  ASSERT(8, sw_const(5));
  ASSERT(0, sw_const(30));
  ASSERT(1, sw_unsigned(-1));
  ASSERT(2, sw_unsigned(0x80000000u));
  ASSERT(3, sw_unsigned(1));
  ASSERT(0, sw_unsigned(0));
  ASSERT(1011, sw_nested(1, 1));
  ASSERT(1112, sw_nested(1, 2));
  ASSERT(1100, sw_nested(1, 3));
  ASSERT(21, sw_nested(2, 1));
  ASSERT(20, sw_nested(2, 2));
  ASSERT(0, sw_nested(3, 1));
  ASSERT(1040, sw_loop());
  ASSERT(5, sw_nocompound(1));
  ASSERT(0, sw_nocompound(2));
  ASSERT(11, sw_inner_block(0));
  ASSERT(11, sw_inner_block(1));
  ASSERT(4, sw_inner_block(2));
  ASSERT(4, sw_inner_block(3));
  ASSERT(0, sw_inner_block(4));
  ASSERT(10, sw_same1(1));
  ASSERT(21, sw_same2(2));
  ASSERT(22, sw_same3(3));
  ASSERT(0, sw_same3(4));
  ASSERT(1, sw_huge_range(0));
  ASSERT(1, sw_huge_range(-9000000000000000000L));
  ASSERT(1, sw_huge_range(9000000000000000000L));
  ASSERT(0, sw_huge_range(9000000000000000001L));
  ASSERT(0, sw_huge_range(-9000000000000000001L));
  sw_side_effect_count = 0;
  int r = 0;
  switch (sw_side()) { case 1: r = 1; break; case 2: r = 2; break; case 3: r = 3; break; }
  ASSERT(2, r);
  ASSERT(1, sw_side_effect_count);
  r = 0; switch (3) { default: r = 9; } ASSERT(9, r);
  r = 0; switch (3) { } ASSERT(0, r);
  r = 0; switch (1) { r = 100; case 1: r += 1; } ASSERT(1, r);
  r = 0; switch ((char)257) { case 1: r = 1; break; case 257: r = 2; break; } ASSERT(1, r);
  r = 0; for (i = 0; i < 10; i++) switch (i) { case 5: break; default: r++; } ASSERT(9, r);
}

// Duff's device
static void test_duff(void) {
  ASSERT(1, duff(1));
  ASSERT(2, duff(2));
  ASSERT(3, duff(3));
  ASSERT(4, duff(4));
  ASSERT(5, duff(5));
  ASSERT(7, duff(7));
  ASSERT(8, duff(8));
  ASSERT(13, duff(13));
}

// goto and labels
static void test_goto(void) {
  int i;
  int j;
  int x;
  ASSERT(45, goto_loop(10));
  ASSERT(0, goto_loop(0));
  ASSERT(1, goto_forward(1));
  ASSERT(2, goto_forward(0));
  ASSERT(34, goto_nested());
  ASSERT(5, goto_into_block());
  ASSERT(0, label_end(1));
  ASSERT(9, label_end(0));
  ASSERT(3, same_label());
  i = 0; j = 0;
again:
  j += i;
  if (++i < 5) goto again;
  ASSERT(10, j);
  goto L1;
  ASSERT(0, 1);
L1:
  x = 1;
L2:
L3:
  x++;
  if (x < 4) goto L2;
  ASSERT(4, x);
}

// empty statements
static void test_empty_statements(void) {
  ASSERT(5, empty_stmts());
}

// nested blocks and shadowing
static void test_blocks(void) {
  int x = 1;
  {
    ASSERT(1, x);
    int x = 2;
    ASSERT(2, x);
    {
      ASSERT(2, x);
      int x = 3;
      ASSERT(3, x);
      x++;
      ASSERT(4, x);
    }
    ASSERT(2, x);
    x = 20;
  }
  ASSERT(1, x);
  { int y = 5; x = y; } ASSERT(5, x);
  { { { x = 7; } } } ASSERT(7, x);
  { int x = 1; { int y = x + 1; { int x = y + 1; ASSERT(3, x); } ASSERT(1, x); } }
  {
    long x = 10000000000L;
    ASSERT(10000000000L, x);
    ASSERT(8, sizeof(x));
  }
  ASSERT(4, sizeof(x));
}

// recursion
static void test_recursion(void) {
  ASSERT(0, fib(0));
  ASSERT(1, fib(1));
  ASSERT(55, fib(10));
  ASSERT(6765, fib(20));
  ASSERT(3, ack(1, 1));
  ASSERT(9, ack(2, 3));
  ASSERT(61, ack(3, 3));
  ASSERT(125, ack(3, 4));
  ASSERT(3628800, fact(10));
  ASSERT(5050, sum_to(100));
  ASSERT(1, is_even(10));
  ASSERT(0, is_even(7));
  ASSERT(1, is_odd(7));
  ASSERT(0, is_odd(0));
}

// evaluation counts in loop headers
static void test_loop_header_counts(void) {
  counter = 0; int j = 0; while (next() < 5) j++; ASSERT(4, j);
  ASSERT(5, counter);
  counter = 0; j = 0; for (; next() <= 3; ) j++; ASSERT(3, j);
  ASSERT(4, counter);
  counter = 0; do j = 0; while (next() < 3); ASSERT(3, counter);
}

int main() {
  test_if_else();
  test_dangling_else();
  test_while();
  test_do_while();
  test_for();
  test_for_declarations();
  test_nested_loops();
  test_return_from_loops();
  test_switch();
  test_duff();
  test_goto();
  test_empty_statements();
  test_blocks();
  test_recursion();
  test_loop_header_counts();
  test_done(__FILE__);
  return 0;
}
