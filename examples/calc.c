// calc.c: a calculator REPL.  Run it with `./9cc -run examples/calc.c` and
// type expressions, one per line; it prints each result.  It understands
// numbers (12, 3.5, 1e3), + - * / % and ^ (power to a whole number,
// right-associative), parentheses, unary minus, the 26 variables a..z
// (`x = 2 * 3` assigns and prints 6), and the functions sqrt(), abs() and
// fact(), all computed here so that it needs no -lm.  It is a
// recursive-descent parser of the same shape as 9cc's own parse.c: one
// function per grammar rule, the lowest-precedence rule on top, each
// calling the rule below it for its operands, evaluating as it goes instead
// of building a tree.  Errors (a syntax error, division by zero, an unknown
// name) print a message and the REPL goes on with the next line; end of
// input (Ctrl-D) ends it.

#include <ctype.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *p;            // the next character of the current line
static double vars[26];    // a..z
static bool defined[26];
static jmp_buf on_error;   // where an error goes back to: the REPL loop

static void fail(const char *msg) {
  printf("error: %s\n", msg);
  longjmp(on_error, 1);
}

static void skip_space(void) {
  while (*p == ' ' || *p == '\t')
    p++;
}

// Consumes `c` if it is the next non-blank character.
static bool consume(char c) {
  skip_space();
  if (*p != c)
    return false;
  p++;
  return true;
}

static double expr(void);

static bool is_whole(double x) {
  return x > -1e18 && x < 1e18 && x == (double)(long long)x;
}

// Newton's method: each step doubles the number of correct digits.
static double square_root(double x) {
  if (x == 0)
    return 0;
  double r = x < 1 ? 1 : x;
  for (int i = 0; i < 2000; i++) {
    double next = (r + x / r) / 2;
    if (next >= r)
      break;
    r = next;
  }
  return r;
}

// base^exp for a whole exp, by repeated squaring.
static double power_of(double base, double exp) {
  if (!is_whole(exp))
    fail("^ needs a whole-number exponent");
  long long n = (long long)exp;
  bool negative = n < 0;
  if (negative)
    n = -n;
  double r = 1;
  while (n > 0) {
    if (n & 1)
      r *= base;
    base *= base;
    n >>= 1;
  }
  return negative ? 1 / r : r;
}

static double call(const char *name, double arg) {
  if (!strcmp(name, "sqrt")) {
    if (arg < 0)
      fail("sqrt of a negative number");
    return square_root(arg);
  }
  if (!strcmp(name, "abs"))
    return arg < 0 ? -arg : arg;
  if (!strcmp(name, "fact")) {
    if (arg < 0 || !is_whole(arg) || arg > 170)
      fail("fact needs an integer from 0 to 170");
    double r = 1;
    for (int i = 2; i <= arg; i++)
      r *= i;
    return r;
  }
  fail("unknown function");
  return 0;
}

// The grammar, one function per rule from the bottom up:
//
//   statement = ident "=" expr | expr
//   expr      = term (("+" | "-") term)*
//   term      = unary (("*" | "/" | "%") unary)*
//   unary     = ("-" | "+") unary | power
//   power     = primary ("^" unary)?
//   primary   = number | ident | ident "(" expr ")" | "(" expr ")"

static double primary(void) {
  skip_space();
  if (consume('(')) {
    double v = expr();
    if (!consume(')'))
      fail("expected ')'");
    return v;
  }
  if (isdigit((unsigned char)*p) || *p == '.') {
    char *end;
    double v = strtod(p, &end);
    if (end == p)
      fail("bad number");
    p = end;
    return v;
  }
  if (isalpha((unsigned char)*p)) {
    char name[16];
    int n = 0;
    while (isalnum((unsigned char)*p)) {
      if (n < 15)
        name[n++] = *p;
      p++;
    }
    name[n] = '\0';
    if (consume('(')) {
      double arg = expr();
      if (!consume(')'))
        fail("expected ')'");
      return call(name, arg);
    }
    if (n != 1 || !islower((unsigned char)name[0]))
      fail("variables are one lower-case letter");
    if (!defined[name[0] - 'a'])
      fail("variable has no value yet");
    return vars[name[0] - 'a'];
  }
  fail(*p ? "unexpected character" : "unexpected end of line");
  return 0;
}

static double unary(void);

static double power(void) {
  double base = primary();
  if (consume('^'))
    return power_of(base, unary()); // right-associative: 2^3^2 is 2^9
  return base;
}

static double unary(void) {
  if (consume('-'))
    return -unary(); // -2^2 is -(2^2)
  if (consume('+'))
    return unary();
  return power();
}

static double term(void) {
  double v = unary();
  for (;;) {
    if (consume('*')) {
      v *= unary();
    } else if (consume('/')) {
      double d = unary();
      if (d == 0)
        fail("division by zero");
      v /= d;
    } else if (consume('%')) {
      double d = unary();
      if (!is_whole(v) || !is_whole(d))
        fail("% needs whole numbers");
      if (d == 0)
        fail("division by zero");
      v = (double)((long long)v % (long long)d);
    } else {
      return v;
    }
  }
}

static double expr(void) {
  double v = term();
  for (;;) {
    if (consume('+'))
      v += term();
    else if (consume('-'))
      v -= term();
    else
      return v;
  }
}

// statement = ident "=" expr | expr
static double statement(void) {
  skip_space();
  char *start = p;
  if (islower((unsigned char)p[0]) && !isalnum((unsigned char)p[1])) {
    int var = p[0] - 'a';
    p++;
    if (consume('=')) {
      double v = expr();
      vars[var] = v;
      defined[var] = true;
      return v;
    }
    p = start; // not an assignment: parse the line again as an expression
  }
  return expr();
}

int main(void) {
  char line[1024];
  for (;;) {
    printf("> ");
    fflush(stdout);
    if (!fgets(line, sizeof(line), stdin))
      break;
    line[strcspn(line, "\r\n")] = '\0';
    p = line;
    skip_space();
    if (*p == '\0')
      continue;
    if (setjmp(on_error))
      continue;
    double v = statement();
    skip_space();
    if (*p != '\0')
      fail("unexpected text after the expression");
    printf("%.12g\n", v);
  }
  printf("\n");
  return 0;
}
