// The preprocessor: object-like and function-like macros, # and ##,
// variadic macros (C11, GNU named and ", ## __VA_ARGS__", C2x __VA_OPT__),
// rescanning and the hide-set rule, every example of C11 6.10.3.5, #if
// expressions, #include forms, predefined macros, _Pragma, #line.
//
// Macro expansions are compared as text by stringizing them.  Where the
// standard shows a result, its text is the expected value.  Where the
// standard's text has blanks gcc does not produce (EXAMPLE 7 and the
// __VA_OPT__ examples print replacement lists with extra blanks; the white
// space between tokens produced by expansion is not specified), EXPANDS_TO
// requires the standard's tokens and either the standard's exact text or
// gcc's.  Where the standard is silent (GNU extensions), gcc's spacing is
// expected.  The file passes when compiled by gcc (and clang)
// -std=gnu11 -w -Itest.
#include "test.h"

// Stringize the fully macro-expanded arguments (commas allowed).
#define STRV_(...) #__VA_ARGS__
#define XS(...) STRV_(__VA_ARGS__)

static int ends_with(const char *s, const char *suffix) {
  unsigned long n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

// Equal when blanks are ignored.
static int same_tokens(const char *a, const char *b) {
  for (;;) {
    while (*a == ' ')
      a++;
    while (*b == ' ')
      b++;
    if (*a != *b)
      return 0;
    if (!*a)
      return 1;
    a++;
    b++;
  }
}

// Checks the expansion of the arguments, stringized: its tokens must be
// those the standard shows (blanks ignored), and its spacing must be either
// exactly the standard's text or exactly gcc's.
static int std_or_gcc(const char *s, const char *std_text, const char *gcc_text) {
  return same_tokens(s, std_text) &&
         (strcmp(s, std_text) == 0 || strcmp(s, gcc_text) == 0);
}
#define EXPANDS_TO(std_text, gcc_text, ...) \
  ASSERT(1, std_or_gcc(XS(__VA_ARGS__), std_text, gcc_text))

// For #if checks: reports the condition that the preprocessor got wrong.
static void if_failed(const char *cond, int line) {
  printf("%s:%d: #if %s: wrong branch taken\n", __FILE__, line, cond);
  exit(1);
}
#define IF_FAILED(...) if_failed(#__VA_ARGS__, __LINE__)

// ===========================================================================
// C11 6.10.3.5 EXAMPLE 3
// ===========================================================================
// Functions and objects for the names the expansion leaves behind, so that
// the expanded lines can also run: f(a) = a + 5, t(a) = 10 * a,
// m(a, b) = a + 10 * b, y = 4, z[0] = 3.
static int f(int a) { return a + 5; }
static int t(int a) { return 10 * a; }
static int m(int a, int b) { return a + 10 * b; }
static int y = 4;
static int z[1] = {3};

#define x 3
#define f(a) f(x * (a))
#undef x
#define x 2
#define g f
#define z z[0]
#define h g(~
#define m(a) a(w)
#define w 0,1
#define t(a) a
#define p() int
#define q(x) x
#define r(x,y) x ## y
#define str(x) # x

// The four lines of the example, made the bodies of object-like macros so
// that they can be stringized (the second line has unbalanced parentheses).
// The standard's second line has a newline between `m` and `(f)`; it is a
// blank here (and a newline in real code below).
#define EX3_1 f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
#define EX3_2 g(x+(3,4)-w) | h 5) & m (f)^m(m);
#define EX3_3 p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
#define EX3_4 char c[2][6] = { str(hello), str() };

static const char *ex3_1 = XS(EX3_1);
static const char *ex3_2 = XS(EX3_2);
static const char *ex3_3 = XS(EX3_3);
static const char *ex3_4 = XS(EX3_4);

// The first two lines as real expressions, as the standard writes them.
// f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1)
//   = 15 + 27 % 5 + 10 = 27
// f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1)
//   = 7 | ((-7 & 7) ^ 10) = 7 | 11 = 15
static int ex3_run1(void) {
  return f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
}
static int ex3_run2(void) {
  return g(x+(3,4)-w) | h 5) & m
(f)^m(m);
}

// The third and fourth lines as real declarations.
p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
char c[2][6] = { str(hello), str() };

#undef x
#undef f
#undef g
#undef z
#undef h
#undef m
#undef w
#undef t
#undef p
#undef q
#undef r
#undef str

static void example3(void) {
  ASSERT(0, strcmp(ex3_1, "f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);"));
  ASSERT(0, strcmp(ex3_2, "f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1);"));
  ASSERT(27, ex3_run1());
  ASSERT(15, ex3_run2());
  ASSERT(0, strcmp(ex3_3, "int i[] = { 1, 23, 4, 5, };"));
  ASSERT(0, strcmp(ex3_4, "char c[2][6] = { \"hello\", \"\" };"));

  ASSERT(4, sizeof(i) / sizeof(i[0]));
  ASSERT(1, i[0]);
  ASSERT(23, i[1]);
  ASSERT(4, i[2]);
  ASSERT(5, i[3]);
  ASSERT(12, sizeof(c));
  ASSERT(0, strcmp(c[0], "hello"));
  ASSERT(0, strcmp(c[1], ""));
}

// ===========================================================================
// C11 6.10.3.5 EXAMPLE 4
// ===========================================================================
#define str(s) # s
#define xstr(s) str(s)
#define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \
 x ## s, x ## t)
#define INCFILE(n) vers ## n
#define glue(a, b) a ## b
#define xglue(a, b) glue(a, b)
#define HIGHLOW "hello"
#define LOW LOW ", world"

// The example's `#include xstr(INCFILE(2).h)`, with a directory prefix so
// that the file is test/include/vers2.h.
#include xstr(include/INCFILE(2).h)

static char ex4_buf[64];

static void example4(void) {
  // debug(1, 2);
  ASSERT(0, strcmp(xstr(debug(1, 2)),
                   "printf(\"x\" \"1\" \"= %d, x\" \"2\" \"= %s\", x1, x2)"));
  {
#define printf(...) snprintf(ex4_buf, sizeof ex4_buf, __VA_ARGS__)
    int x1 = 10;
    const char *x2 = "two";
    debug(1, 2);
    ASSERT(0, strcmp(ex4_buf, "x1= 10, x2= two"));
#undef printf
  }

  // fputs(str(strncmp("abc\0d", "abc", '\4') // this goes away
  //  == 0) str(: @\n), s);
  const char *s = str(strncmp("abc\0d", "abc", '\4') // this goes away
                      == 0) str(: @\n);
  ASSERT(0, strcmp(s, "strncmp(\"abc\\0d\", \"abc\", '\\4') == 0: @\n"));
  ASSERT(0, strcmp(s, "strncmp(\"abc\\0d\", \"abc\", '\\4') == 0" ": @\n"));
  // The literals it produced, as text.
  ASSERT(0, strcmp(xstr(str(strncmp("abc\0d", "abc", '\4') // this goes away
                            == 0) str(: @\n)),
                   "\"strncmp(\\\"abc\\\\0d\\\", \\\"abc\\\", '\\\\4') == 0\" \": @\\n\""));

  // #include xstr(INCFILE(2).h)
  ASSERT(0, strcmp(xstr(INCFILE(2).h), "vers2.h"));
  ASSERT(0, strcmp(xstr(include/INCFILE(2).h), "include/vers2.h"));
  ASSERT(2, VERS2_H_VALUE);

  // glue(HIGH, LOW);  xglue(HIGH, LOW)
  ASSERT(0, strcmp(glue(HIGH, LOW), "hello"));
  ASSERT(0, strcmp(xglue(HIGH, LOW), "hello, world"));
  ASSERT(0, strcmp(xstr(glue(HIGH, LOW)), "\"hello\""));
  ASSERT(0, strcmp(xstr(xglue(HIGH, LOW)), "\"hello\" \", world\""));
}

#undef str
#undef xstr
#undef debug
#undef INCFILE
#undef glue
#undef xglue
#undef HIGHLOW
#undef LOW

// ===========================================================================
// C11 6.10.3.5 EXAMPLE 5: placemarker preprocessing tokens
// ===========================================================================
#define t(x,y,z) x ## y ## z
int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),
 t(10,,), t(,11,), t(,,12), t(,,) };
static const char *ex5 = XS(int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),
 t(10,,), t(,11,), t(,,12), t(,,) };);
#undef t

static void example5(void) {
  ASSERT(0, strcmp(ex5, "int j[] = { 123, 45, 67, 89, 10, 11, 12, };"));
  ASSERT(7, sizeof(j) / sizeof(j[0]));
  ASSERT(123, j[0]);
  ASSERT(45, j[1]);
  ASSERT(67, j[2]);
  ASSERT(89, j[3]);
  ASSERT(10, j[4]);
  ASSERT(11, j[5]);
  ASSERT(12, j[6]);
}

// ===========================================================================
// C11 6.10.3.5 EXAMPLE 6: valid redefinitions (the invalid ones are not here)
// ===========================================================================
#define OBJ_LIKE (1-1)
#define OBJ_LIKE /* white space */ (1-1) /* other */
#define FUNC_LIKE(a) ( a )
#define FUNC_LIKE( a )( /* note the white space */ \
 a /* other stuff on this line
 */ )

static void example6(void) {
  ASSERT(0, OBJ_LIKE);
  ASSERT(0, strcmp(XS(OBJ_LIKE), "(1-1)"));
  ASSERT(3, FUNC_LIKE(3));
  ASSERT(0, strcmp(XS(FUNC_LIKE(3)), "( 3 )"));
}

// ===========================================================================
// C11 6.10.3.5 EXAMPLE 7: variable arguments
// ===========================================================================
#define debug(...) fprintf(stderr, __VA_ARGS__)
#define showlist(...) puts(#__VA_ARGS__)
#define report(test, ...) ((test)?puts(#test):\
 printf(__VA_ARGS__))

static char ex7_buf[64];
static int ex7_puts(const char *s) {
  snprintf(ex7_buf, sizeof ex7_buf, "puts:%s", s);
  return 1;
}

static void example7(void) {
  EXPANDS_TO("fprintf(stderr, \"Flag\" );",
             "fprintf(stderr, \"Flag\");",
             debug("Flag"););
  EXPANDS_TO("fprintf(stderr, \"X = %d\\n\", x );",
             "fprintf(stderr, \"X = %d\\n\", x);",
             debug("X = %d\n", x););
  EXPANDS_TO("puts( \"The first, second, and third items.\" );",
             "puts(\"The first, second, and third items.\");",
             showlist(The first, second, and third items.););
  EXPANDS_TO("((x>y)?puts(\"x>y\"): printf(\"x is %d but y is %d\", x, y));",
             "((x>y)?puts(\"x>y\"): printf(\"x is %d but y is %d\", x, y));",
             report(x>y, "x is %d but y is %d", x, y););

  // And run them, with puts/printf/fprintf redirected into a buffer.
#define puts ex7_puts
#define printf(...) snprintf(ex7_buf, sizeof ex7_buf, __VA_ARGS__)
#define fprintf(f, ...) snprintf(ex7_buf, sizeof ex7_buf, __VA_ARGS__)
  int x = 7, y = 3;
  debug("Flag");
  ASSERT(0, strcmp(ex7_buf, "Flag"));
  debug("X = %d\n", x);
  ASSERT(0, strcmp(ex7_buf, "X = 7\n"));
  showlist(The first, second, and third items.);
  ASSERT(0, strcmp(ex7_buf, "puts:The first, second, and third items."));
  report(x>y, "x is %d but y is %d", x, y);
  ASSERT(0, strcmp(ex7_buf, "puts:x>y"));
  x = 1;
  report(x>y, "x is %d but y is %d", x, y);
  ASSERT(0, strcmp(ex7_buf, "x is 1 but y is 3"));
#undef puts
#undef printf
#undef fprintf
}
#undef debug
#undef showlist
#undef report

// ===========================================================================
// C11 6.10.3.3 EXAMPLE (## producing ##) and 6.10.3.4 EXAMPLE
// ===========================================================================
#define hash_hash # ## #
#define mkstr(a) # a
#define in_between(a) mkstr(a)
#define join(c, d) in_between(c hash_hash d)
char hh_p[] = join(x, y); // equivalent to char p[] = "x ## y";

// 6.10.3.4p4: f(2)(9) may expand to 2*f(9) or 2*9*g (unspecified).
#define f(a) a*g
#define g(a) f(a)
static const char *unspec_fg = XS(f(2)(9));
#undef f
#undef g

static void other_examples(void) {
  ASSERT(0, strcmp(hh_p, "x ## y"));
  ASSERT(7, sizeof(hh_p));
  ASSERT(1, strcmp(unspec_fg, "2*9*g") == 0 || strcmp(unspec_fg, "2*f(9)") == 0);
}

// ===========================================================================
// Object-like and function-like macros
// ===========================================================================
#define ONE 1
#define TWO (ONE + ONE)
#define ADD(a, b) ((a) + (b))
#define TWICE(x) ADD(x, x)
#define INDIRECT ADD
#define APPLY(m, a, b) m(a, b)
#define CALL_WITH_5(fn) fn(5)
#define DBL(x) (2 * (x))
#define ZERO_ARGS() 42
#define BRACKET(x) [x]
#define TWO_ARGS(a, b) a b
#define OBJ_PAREN (ov) * 2
#define SPLICED 12\
34
#define SUM3(a, b, c) ((a) + (b) + (c))

static int twice(int x) { return 2 * x; }
#define twice(x) (100 + (x))

static void basic_macros(void) {
  ASSERT(1, ONE);
  ASSERT(2, TWO);
  ASSERT(0, strcmp(XS(TWO), "(1 + 1)"));
  ASSERT(3, ADD(1, 2));
  ASSERT(8, ADD(ADD(1, 2), ADD(2, 3)));
  ASSERT(12, TWICE(TWICE(3)));
  ASSERT(0, strcmp(XS(TWICE(1)), "((1) + (1))"));
  ASSERT(3, INDIRECT(1, 2));
  ASSERT(7, APPLY(ADD, 3, 4));
  ASSERT(10, CALL_WITH_5(DBL));
  ASSERT(42, ZERO_ARGS());
  ASSERT(42, ZERO_ARGS( ));
  ASSERT(0, strcmp(XS(BRACKET()), "[]"));
  ASSERT(0, strcmp(XS(BRACKET( )), "[]"));
  ASSERT(0, strcmp(XS(x TWO_ARGS(,) y), "x y"));
  ASSERT(6, SUM3((1, 2), (3), 1));  // parentheses protect the comma
  ASSERT(9, SUM3(ADD(1, 1), 3, 4));
  ASSERT(1234, SPLICED);
  int ov = 3;
  ASSERT(6, OBJ_PAREN);  // a blank before ( makes it object-like

  // Invocation spread over lines; the ( on the next line.
  int v = ADD
  (
    1,
    2
  );
  ASSERT(3, v);

  // A function-like macro name not followed by ( is not expanded.
  ASSERT(2, (twice)(1));
  ASSERT(101, twice(1));
  int (*fp)(int) = twice;
  ASSERT(6, fp(3));
  ASSERT(0, strcmp(XS(twice + 1), "twice + 1"));

  // Line splicing inside an identifier.
  int spli\
ced_var = 5;
  ASSERT(5, spliced_var);
}

// ===========================================================================
// # stringizing
// ===========================================================================
#define STR(x) #x
#define XSTR(x) STR(x)

static void stringizing(void) {
  ASSERT(0, strcmp(STR(abc), "abc"));
  ASSERT(4, sizeof(STR(abc)));
  ASSERT(0, strcmp(STR(a+b), "a+b"));
  ASSERT(0, strcmp(STR(  a   +   b  ), "a + b"));
  ASSERT(0, strcmp(STR(	a	 	+b	), "a +b"));
  ASSERT(0, strcmp(STR(a/* comment */b), "a b"));
  ASSERT(0, strcmp(STR(a/**/b), "a b"));
  ASSERT(0, strcmp(STR(a
                       b), "a b"));
  ASSERT(0, strcmp(STR(), ""));
  ASSERT(0, strcmp(STR( ), ""));
  ASSERT(0, strcmp(STR((a, b)), "(a, b)"));
  ASSERT(0, strcmp(STR(ONE), "ONE"));  // # suppresses argument expansion
  ASSERT(0, strcmp(XSTR(ONE), "1"));
  ASSERT(0, strcmp(XSTR(TWO), "(1 + 1)"));
  ASSERT(0, strcmp("<" STR(x) ">", "<x>"));
  ASSERT(0, strcmp(STR(1.5e+3), "1.5e+3"));
  ASSERT(0, strcmp(STR(a->b), "a->b"));

  // Quotes and backslashes inside string literals and character constants
  // get a backslash, the delimiting quotes of a string too, so that the
  // value of the resulting literal is the argument's spelling.
  ASSERT(0, strcmp(STR("abc"), "\"abc\""));
  ASSERT(0, strcmp(STR("a\"b"), "\"a\\\"b\""));
  ASSERT(0, strcmp(STR("\\"), "\"\\\\\""));
  ASSERT(0, strcmp(STR("\n"), "\"\\n\""));
  ASSERT(0, strcmp(STR('\''), "'\\''"));
  ASSERT(0, strcmp(STR('"'), "'\"'"));
  ASSERT(0, strcmp(STR('\0'), "'\\0'"));
  ASSERT(0, strcmp(STR("a" "b"), "\"a\" \"b\""));
  ASSERT(0, strcmp(STR(L"x"), "L\"x\""));
  ASSERT(0, strcmp(STR(u8"x"), "u8\"x\""));
  ASSERT(0, strcmp(STR(u'x'), "u'x'"));
  // Outside literals a backslash is not escaped.
  ASSERT(0, strcmp(STR(@\n), "@\n"));
  // Blanks inside a literal are kept as they are.
  ASSERT(0, strcmp(STR("a   b"), "\"a   b\""));
  ASSERT(0, strcmp(STR('  '), "'  '"));
}

// ===========================================================================
// ## pasting
// ===========================================================================
#define CAT(a, b) a##b
#define XCAT(a, b) CAT(a, b)
#define CAT3(a, b, c) a ## b ## c
#define MACRO 77
#define PASTE_VA(x, ...) x ## __VA_ARGS__

static void pasting(void) {
  int xy = 5, ONE2 = 42, _1 = 9, a123 = 8;
  ASSERT(5, CAT(x, y));
  ASSERT(9, CAT(_, 1));
  ASSERT(8, CAT(a1, 23));
  ASSERT(12, CAT(1, 2));
  ASSERT(42, CAT(ONE, 2));    // operands of ## are not macro-expanded
  ASSERT(12, XCAT(ONE, 2));
  ASSERT(77, CAT(MAC, RO));   // the pasted token is rescanned
  ASSERT(100, XCAT(XCAT(1, 0), 0));
  ASSERT(31, CAT(0x, 1F));
  ASSERT(31, CAT(0, x1F));
  assert_double(1000.0, CAT(1, e3), "CAT(1, e3)", __FILE__, __LINE__);
  assert_double(1000.0, CAT3(1, e, 3), "CAT3(1, e, 3)", __FILE__, __LINE__);
  assert_double(1.5, CAT(1, .5), "CAT(1, .5)", __FILE__, __LINE__);
  assert_double(0.5, CAT(., 5), "CAT(., 5)", __FILE__, __LINE__);
  ASSERT(4, sizeof(CAT(1.5, f)));
  ASSERT(8, sizeof(CAT(1, L)));
  ASSERT(8, sizeof(CAT(1, ULL)));
  ASSERT(0, strcmp(XS(CAT(1, .5e+3)), "1.5e+3"));

  // Empty operands: placemarkers.
  ASSERT(3, CAT(, 3));
  ASSERT(4, CAT(4, ));
  ASSERT(7, 7 CAT(, ));
  ASSERT(0, strcmp(XS(CAT(,)), ""));
  ASSERT(0, strcmp(XS([CAT3(,,)]), "[]"));
  ASSERT(0, strcmp(XS(CAT3(a,,c)), "ac"));
  ASSERT(12, PASTE_VA(1, 2));
  ASSERT(1, PASTE_VA(1));
  ASSERT(1, PASTE_VA(1, ));

  // Operators.
  int v = 1;
  v CAT(+, =) 2;
  ASSERT(3, v);
  v CAT(<<, =) 2;
  ASSERT(12, v);
  ASSERT(8, 1 CAT(<, <) 3);
  ASSERT(1, 1 CAT(&, &) 2);
  ASSERT(1, 0 CAT(|, |) 2);
  ASSERT(1, 2 CAT(=, =) 2);
  CAT(+, +) v;
  ASSERT(13, v);
  struct { int m; } s = {6}, *ps = &s;
  ASSERT(6, ps CAT(-, >) m);
  ASSERT(0, strcmp(XS(CAT(<, <=)), "<<="));

  // String and character prefixes.
  ASSERT(3 * sizeof(int), sizeof(CAT(L, "ab")));
  ASSERT(6, sizeof(CAT(u, "ab")));
  ASSERT(12, sizeof(CAT(U, "ab")));
  ASSERT(3, sizeof(CAT(u8, "ab")));
  ASSERT(4, sizeof(CAT(U, 'a')));
  ASSERT(0, strcmp(XS(CAT(L, "ab")), "L\"ab\""));

  // Digraphs.
  int digraph_arr<:2:> = <%3, 4%>;
  ASSERT(4, digraph_arr[1]);
}

%:define DIGRAPH_STR(x) %:x
%:define DIGRAPH_CAT(a, b) a %:%: b

static void digraphs(void) {
  ASSERT(12, DIGRAPH_CAT(1, 2));
  ASSERT(0, strcmp(DIGRAPH_STR(<: :> <% %> %: %:%:), "<: :> <% %> %: %:%:"));
  ASSERT(0, strcmp(DIGRAPH_STR(abc), "abc"));
}

// ===========================================================================
// Variadic macros
// ===========================================================================
#define VA(...) __VA_ARGS__
#define CALL(m, ...) m(__VA_ARGS__)
#define NARGS(...) NARGS_(__VA_ARGS__, 5, 4, 3, 2, 1, 0)
#define NARGS_(a, b, c, d, e, N, ...) N
#define FIRST(a, ...) a
#define REST(a, ...) __VA_ARGS__
#define NAMED(fmt, args...) snprintf(buf, sizeof buf, fmt, args)
#define NAMED_STR(args...) #args
#define NAMED_ONLY(args...) SUM3(args)
#define GCOMMA(fmt, ...) snprintf(buf, sizeof buf, fmt, ## __VA_ARGS__)
#define GCOMMA_NAMED(fmt, args...) snprintf(buf, sizeof buf, fmt , ## args)
#define GC_TEXT(fmt, ...) fn(fmt, ## __VA_ARGS__)
#define GC_TEXT_NAMED(fmt, args...) fn(fmt, ##args)

static void variadic(void) {
  char buf[64];
  int arr[] = { VA(1, 2, 3) };
  ASSERT(3, sizeof(arr) / sizeof(arr[0]));
  ASSERT(6, CALL(SUM3, 1, 2, 3));
  ASSERT(1, NARGS(a));
  ASSERT(3, NARGS(a, b, c));
  ASSERT(5, NARGS(a, (b, c), d, e, f));
  ASSERT(1, FIRST(1, 2, 3));
  ASSERT(0, strcmp(XS(REST(1, 2, 3)), "2, 3"));
  ASSERT(0, strcmp(XS(REST(1)), ""));
  ASSERT(0, strcmp(STRV_(a,b,  c , d), "a,b, c , d"));
  ASSERT(0, strcmp(STRV_(), ""));
  ASSERT(0, strcmp(XS(VA()), ""));

  // GNU named variadic parameter.
  NAMED("%d-%d", 1, 2);
  ASSERT(0, strcmp(buf, "1-2"));
  ASSERT(0, strcmp(NAMED_STR(a, b,c), "a, b,c"));
  ASSERT(6, NAMED_ONLY(1, 2, 3));

  // GNU ", ## __VA_ARGS__": the comma goes when there are no variable args.
  GCOMMA("plain");
  ASSERT(0, strcmp(buf, "plain"));
  GCOMMA("%d+%d", 1, 2);
  ASSERT(0, strcmp(buf, "1+2"));
  GCOMMA_NAMED("named");
  ASSERT(0, strcmp(buf, "named"));
  GCOMMA_NAMED("%s!", "hi");
  ASSERT(0, strcmp(buf, "hi!"));
  ASSERT(0, strcmp(XS(GC_TEXT(a)), "fn(a)"));
  ASSERT(0, strcmp(XS(GC_TEXT(a, b)), "fn(a, b)"));
  ASSERT(0, strcmp(XS(GC_TEXT(a, b, c)), "fn(a, b, c)"));
  ASSERT(0, strcmp(XS(GC_TEXT_NAMED(a)), "fn(a)"));
  ASSERT(0, strcmp(XS(GC_TEXT_NAMED(a, b)), "fn(a, b)"));
  // gcc's manual: the comma is deleted when the variable argument is left
  // out, but "this does not happen if you pass an empty argument".
  ASSERT(0, strcmp(XS(GC_TEXT(a,)), "fn(a,)"));
  // The variable argument is still macro-expanded.
  ASSERT(0, strcmp(XS(GC_TEXT(a, ONE)), "fn(a, 1)"));
}

// __VA_OPT__ (C2x, accepted by gcc in gnu11): the examples of C2x
// 6.10.4.1 (N3096), with f renamed fn.
#define F(...) fn(0 __VA_OPT__(,) __VA_ARGS__)
#define G(X, ...) fn(0, X __VA_OPT__(,) __VA_ARGS__)
#define SDEF(sname, ...) S sname __VA_OPT__(= { __VA_ARGS__ })
#define EMP
#define H2(X, Y, ...) __VA_OPT__(X ## Y,) __VA_ARGS__
#define H3(X, ...) #__VA_OPT__(X##X X##X)
#define H4(X, ...) __VA_OPT__(a X ## X) ## b
#define H5A(...) __VA_OPT__()/**/__VA_OPT__()
#define H5B(X) a ## X ## b
#define H5C(X) H5B(X)
#define VAOPT_SUM(a, ...) (a __VA_OPT__(+ SUM3(__VA_ARGS__)))

static void va_opt(void) {
  EXPANDS_TO("fn(0, a, b, c)", "fn(0 , a, b, c)", F(a, b, c));
  EXPANDS_TO("fn(0)", "fn(0 )", F());
  EXPANDS_TO("fn(0)", "fn(0 )", F(EMP));
  EXPANDS_TO("fn(0, a, b, c)", "fn(0, a , b, c)", G(a, b, c));
  EXPANDS_TO("fn(0, a)", "fn(0, a )", G(a, ));
  EXPANDS_TO("fn(0, a)", "fn(0, a )", G(a));
  EXPANDS_TO("S foo;", "S foo ;", SDEF(foo););
  EXPANDS_TO("S bar = { 1, 2 };", "S bar = { 1, 2 };", SDEF(bar, 1, 2););
  ASSERT(0, strcmp(XS(H2(a, b, c, d)), "ab, c, d"));
  ASSERT(0, strcmp(H3(, 0), ""));
  ASSERT(0, strcmp(XS(H4(, 1)), "a b"));
  ASSERT(0, strcmp(XS(H5C(H5A())), "ab"));
  ASSERT(1, VAOPT_SUM(1));
  ASSERT(7, VAOPT_SUM(1, 1, 2, 3));
}

// ===========================================================================
// Rescanning and the hide-set rule (C11 6.10.3.4)
// ===========================================================================
static int self_ref = 10;
#define AA BB
#define BB AA
#define SELF SELF + 1
#define self_ref (4 + self_ref)
#define foo_() bar_
#define bar_() foo_
#define fa(a) a + fa(a)
#define m1 m1 m2
#define m2 m1
#define foo2(x) bar2 x
#define ID(x) x
#define LOOP ID(LOOP)
#define NIL(x) x
#define G_0(arg) NIL(G_1)(arg)
#define G_1(arg) NIL(arg)
#define EMPTY()
#define DEFER(id) id EMPTY()
#define EXPAND(...) __VA_ARGS__
#define A_() 123
#define LPAREN (
#define fn_lp(x) [x]
#define FN_LP_TEST fn_lp LPAREN 1)
#define OBJ_TO_FN ADD
#define RET_NAME() ADD

static void rescanning(void) {
  ASSERT(0, strcmp(XS(AA), "AA"));
  ASSERT(0, strcmp(XS(BB), "BB"));
  ASSERT(0, strcmp(XS(SELF), "SELF + 1"));
  ASSERT(14, self_ref);
  ASSERT(0, strcmp(XS(foo_()()()), "bar_"));
  ASSERT(0, strcmp(XS(fa(fa(1))), "1 + fa(1) + fa(1 + fa(1))"));
  ASSERT(0, strcmp(XS(m1), "m1 m1"));
  ASSERT(0, strcmp(XS(m2), "m1 m2"));
  ASSERT(0, strcmp(XS(foo2(foo2) (2)), "bar2 foo2 (2)"));
  ASSERT(0, strcmp(XS(LOOP), "LOOP"));
  ASSERT(42, G_0(42));  // DR 017 Q19
  // A name that is not followed by ( while rescanning stays unexpanded...
  ASSERT(0, strcmp(XS(DEFER(A_)()), "A_ ()"));
  // ...until another scan.
  ASSERT(123, EXPAND(DEFER(A_)()));
  // Macros are not expanded while looking for the (.
  ASSERT(0, strcmp(XS(FN_LP_TEST), "fn_lp ( 1)"));
  // A function-like macro's name produced by expansion, its arguments
  // taken from the text that follows.
  ASSERT(5, OBJ_TO_FN(2, 3));
  ASSERT(5, RET_NAME()(2, 3));
  // The same macro may appear in its own arguments.
  ASSERT(7, ID(ID(ID(7))));
  ASSERT(7, ADD(ADD(1, ADD(1, 1)), ADD(2, 2)));
}

// ===========================================================================
// #undef and redefinition
// ===========================================================================
static void undef_redefine(void) {
#define REDEF 1
  int a = REDEF;
#undef REDEF
#ifdef REDEF
  IF_FAILED(REDEF still defined after #undef);
#endif
#define REDEF 2
  int b = REDEF;
#define REDEF 2
#define REDEF   2   /* identical: only the blanks differ */
  ASSERT(1, a);
  ASSERT(2, b);
  ASSERT(2, REDEF);
#undef REDEF
#undef REDEF
#undef NEVER_DEFINED_MACRO
#define REDEF(x) (x * 3)
  ASSERT(6, REDEF(2));
#undef REDEF
  int REDEF = 4;
  ASSERT(4, REDEF);
}

// ===========================================================================
// Conditional inclusion
// ===========================================================================
#define EMPTY_MACRO
#define HDR_NAME "test.h"

static void conditionals(void) {
#if -1 > 0u
#else
  IF_FAILED(-1 > 0u);
#endif
#if !(0u - 1 == 18446744073709551615u)
  IF_FAILED(0u - 1 == 18446744073709551615u);
#endif
#if !(~0u == 0xffffffffffffffff)
  IF_FAILED(~0u == 0xffffffffffffffff);
#endif
#if !(0xffffffffffffffff == -1)
  IF_FAILED(0xffffffffffffffff == -1);
#endif
#if !(0xffffffff + 1 == 0x100000000)
  IF_FAILED(0xffffffff + 1 == 0x100000000);
#endif
#if !(10000000000 * 10 == 100000000000)
  IF_FAILED(10000000000 * 10 == 100000000000);
#endif
#if !(~0 == -1)
  IF_FAILED(~0 == -1);
#endif
#if !(-1 < 0)
  IF_FAILED(-1 < 0);
#endif
#if !(1 + 2 * 3 - 4 / 2 % 3 == 5)
  IF_FAILED(1 + 2 * 3 - 4 / 2 % 3 == 5);
#endif
#if !(-7 / 2 == -3 && -7 % 2 == -1)
  IF_FAILED(-7 / 2 == -3 && -7 % 2 == -1);
#endif
#if !((1 << 62) == 0x4000000000000000 && (1u << 63) > 0 && (256 >> 4) == 16)
  IF_FAILED((1 << 62) == 0x4000000000000000 && (1u << 63) > 0 && (256 >> 4) == 16);
#endif
#if !(-16 >> 2 == -4)  // arithmetic shift, as gcc does it
  IF_FAILED(-16 >> 2 == -4);
#endif
#if !((6 & 3) == 2 && (6 | 3) == 7 && (6 ^ 3) == 5)
  IF_FAILED((6 & 3) == 2 && (6 | 3) == 7 && (6 ^ 3) == 5);
#endif
#if !((2 && 3) == 1 && (0 || -5) == 1 && !0 == 1 && !5 == 0)
  IF_FAILED((2 && 3) == 1 && (0 || -5) == 1 && !0 == 1 && !5 == 0);
#endif
#if !((1 < 2) + (2 <= 2) + (3 > 2) + (3 >= 4) + (1 != 2) == 4)
  IF_FAILED((1 < 2) + (2 <= 2) + (3 > 2) + (3 >= 4) + (1 != 2) == 4);
#endif
#if !((1 ? 2 : 3) == 2 && (0 ? 2 : 3) == 3)
  IF_FAILED((1 ? 2 : 3) == 2 && (0 ? 2 : 3) == 3);
#endif
#if !((1 ? -1 : 0u) > 0)  // the usual arithmetic conversions apply to ?:
  IF_FAILED((1 ? -1 : 0u) > 0);
#endif
#if (0 ? 1 : 0 ? 2 : 3) != 3
  IF_FAILED((0 ? 1 : 0 ? 2 : 3) != 3);
#endif
#if !(1 || 1 / 0)  // not evaluated: no division by zero
  IF_FAILED(1 || 1 / 0);
#endif
#if 0 && 1 / 0
  IF_FAILED(0 && 1 / 0);
#endif
#if !((1 ? 2 : 1 / 0) == 2)
  IF_FAILED((1 ? 2 : 1 / 0) == 2);
#endif
#if !(010 == 8 && 0x10 == 16 && 0X1f == 31 && 10L == 10 && 10u == 10 && 10ULL == 10)
  IF_FAILED(010 == 8 && 0x10 == 16 && 0X1f == 31 && 10L == 10 && 10u == 10 && 10ULL == 10);
#endif
#if !('A' == 65 && '\n' == 10 && '\0' == 0 && '\x41' == 'A' && '\101' == 65 && '\'' == 39)
  IF_FAILED('A' == 65 && '\n' == 10 && '\0' == 0 && '\x41' == 'A' && '\101' == 65 && '\'' == 39);
#endif
#if !('\377' < 0)  // char is signed on x86-64
  IF_FAILED('\377' < 0);
#endif
#if !(L'A' == 65)
  IF_FAILED(L'A' == 65);
#endif
#if UNDEFINED_IDENTIFIER || UNDEFINED_IDENTIFIER + 1 != 1  // identifiers are 0
  IF_FAILED(UNDEFINED_IDENTIFIER);
#endif
#if !(TWO == 2 && ADD(1, 2) == 3)
  IF_FAILED(TWO == 2 && ADD(1, 2) == 3);
#endif
#if !(defined ONE && defined(ONE) && defined ( ONE ) && !defined NOPE && !defined(NOPE))
  IF_FAILED(defined ONE && defined(ONE) && ...);
#endif
#if !(defined ADD && defined EMPTY_MACRO)
  IF_FAILED(defined ADD && defined EMPTY_MACRO);
#endif
#if defined(NOPE) || defined NOPE
  IF_FAILED(defined(NOPE));
#endif

#ifdef ONE
#else
  IF_FAILED(ifdef ONE);
#endif
#ifdef NOPE
  IF_FAILED(ifdef NOPE);
#endif
#ifndef NOPE
#else
  IF_FAILED(ifndef NOPE);
#endif
#ifndef ONE
  IF_FAILED(ifndef ONE);
#endif
#ifdef EMPTY_MACRO
#else
  IF_FAILED(ifdef EMPTY_MACRO);
#endif

  int n = 0;
#if 0
  n = 1;
#elif 0
  n = 2;
#elif 2 > 1
  n = 3;
#elif 1 / 0  // not evaluated once a group was taken
  n = 4;
#else
  n = 5;
#endif
  ASSERT(3, n);

#if 0
  n = 1;
#elif NOPE
  n = 2;
#else
  n = 6;
#endif
  ASSERT(6, n);

  // Skipped groups: nested conditionals are tracked; directives inside
  // them are not processed.
#if 0
#if 1
  n = 100;
#else
  n = 101;
#endif
#error not reached
#unknown_directive whatever
#include "no_such_header_at_all.h"
#define SHOULD_NOT_BE_DEFINED 1
#elif 0
  n = 102;
#else
#ifdef NOPE
  n = 103;
#elif 1
  n = 7;
#endif
#endif
  ASSERT(7, n);
#ifdef SHOULD_NOT_BE_DEFINED
  IF_FAILED(directive in skipped group was processed);
#endif

  // __has_include
#ifdef __has_include
#else
  IF_FAILED(ifdef has_include);
#endif
#if !__has_include("test.h")
  IF_FAILED(has_include("test.h"));
#endif
#if !__has_include(<stdio.h>)
  IF_FAILED(has_include(<stdio.h>));
#endif
#if !__has_include("include/once.h")
  IF_FAILED(has_include("include/once.h"));
#endif
#if !__has_include(HDR_NAME)
  IF_FAILED(has_include(HDR_NAME));
#endif
#if __has_include("no_such_header_9cc_test.h")
  IF_FAILED(has_include("no_such_header_9cc_test.h"));
#endif
#if __has_include(<no_such_dir/no_such_header.h>)
  IF_FAILED(has_include(<no_such_dir/no_such_header.h>));
#endif
#if defined __has_include && __has_include("test.h") && !__has_include("nope.h")
  n = 8;
#endif
  ASSERT(8, n);

  // The null directive.
#
  # /* also null */
}

// ===========================================================================
// #include forms, #pragma once, include guards
// ===========================================================================
#include "include/once.h"
#include "include/once.h"
#include "include/../include/once.h"
#include "include/guard.h"
#include "include/guard.h"

static int line_before_include = __LINE__;
#define MACRO_INC_Q "include/macro_inc.h"
#include MACRO_INC_Q
static int line_after_include = __LINE__;
#define MACRO_INC_A <include/macro_inc.h>
#include MACRO_INC_A

static void includes(void) {
#ifdef ONCE_H_TWICE
  IF_FAILED(#pragma once header was read twice);
#endif
#ifndef ONCE_H_SEEN
  IF_FAILED(once.h was not read);
#endif
#ifdef GUARD_H_TWICE
  IF_FAILED(guarded header was read twice);
#endif
  ASSERT(7, GUARD_H_VALUE);
  ASSERT(2, MACRO_INC_H_COUNT);
  ASSERT(1, ends_with(macro_inc_h_file, "include/macro_inc.h"));
  ASSERT(6, macro_inc_h_line);
  ASSERT(3, line_after_include - line_before_include);
}

// ===========================================================================
// Predefined macros
// ===========================================================================
static void predefined(void) {
  ASSERT(1, ends_with(__FILE__, "macro.c"));
  int l1 = __LINE__;
  int l2 = __LINE__;
  ASSERT(1, l2 - l1);
#define LINE_MACRO __LINE__
  int l3 = LINE_MACRO;
  ASSERT(3, l3 - l2);
  int l4 = __LINE__ + \
    0;
  ASSERT(2, l4 - l3);

  int c0 = __COUNTER__;
  int c1 = __COUNTER__;
  int c2 = __COUNTER__;
  ASSERT(1, c1 - c0);
  ASSERT(2, c2 - c0);
#define UNIQUE XCAT(uniq_, __COUNTER__)
  int UNIQUE = 1, UNIQUE = 2;  // two different names
  ASSERT(0, strcmp(XS(XCAT(u_, __COUNTER__)), XS(XCAT(u_, __COUNTER__))) == 0);

  // An argument is macro-expanded once, however often the body names it
  // (__VA_OPT__ looking at the variable arguments included), as in gcc.
#define TWICE(x) x - x
#define VA_TWICE(a, ...) __VA_OPT__(__VA_ARGS__ - __VA_ARGS__)
  ASSERT(0, TWICE(__COUNTER__));
  ASSERT(0, VA_TWICE(1, __COUNTER__));
  // Many parameters are found by name through a map.
#define NINE(a, b, c, d, e, f, g, h, i, ...) a##i + h * (c - b) __VA_OPT__(+ __VA_ARGS__)
  ASSERT(32, NINE(1, 2, 3, 4, 5, 6, 7, 8, 9, 5));
  ASSERT(27, NINE(1, 2, 3, 4, 5, 6, 7, 8, 9));

  ASSERT(12, sizeof(__DATE__));
  ASSERT(9, sizeof(__TIME__));
  ASSERT(' ', __DATE__[3]);
  ASSERT(' ', __DATE__[6]);
  ASSERT(':', __TIME__[2]);
  ASSERT(':', __TIME__[5]);
  ASSERT(1, __DATE__[7] >= '1' && __DATE__[7] <= '9');

  ASSERT(1, __STDC__);
  ASSERT(1, __STDC_VERSION__ == 201710L); // gnu17, gcc 12's default
  ASSERT(8, sizeof(__STDC_VERSION__));
  ASSERT(1, __STDC_HOSTED__);
  ASSERT(1, __x86_64__);
  ASSERT(1, __LP64__);
  ASSERT(8, __SIZEOF_POINTER__);
  ASSERT(8, __CHAR_BIT__);
  ASSERT(4, __SIZEOF_INT__);
  ASSERT(8, __SIZEOF_LONG__);
#if !defined __linux__ || !defined __x86_64__ || !defined __STDC__
  IF_FAILED(__linux__ __x86_64__ __STDC__);
#endif
#if __STDC_VERSION__ < 201112L
  IF_FAILED(__STDC_VERSION__ >= 201112L);
#endif
  ASSERT(0, strcmp(XS(__STDC_VERSION__), "201710L"));
}

// ===========================================================================
// _Pragma and #pragma
// ===========================================================================
_Pragma("GCC diagnostic push")
_Pragma("GCC diagnostic ignored \"-Wunused\"")
_Pragma("GCC diagnostic pop")
#pragma STDC FP_CONTRACT ON
#pragma some_unknown_pragma with tokens
_Pragma("some_unknown_pragma")

// C11 6.10.9 EXAMPLE: an unknown pragma, reached through a macro.
#define LISTING(x) PRAGMA(listing on #x)
#define PRAGMA(x) _Pragma(#x)
LISTING ( ..\listing.dir )

// _Pragma acts: pack(1) and pack(2) change the layout.
_Pragma("pack(push, 1)")
struct packed_by_pragma { char c; int i; };
_Pragma("pack(pop)")
PRAGMA(pack(push, 2))
struct packed2_by_pragma { char c; int i; };
PRAGMA(pack(pop))
#define PACKED_STRUCT(name, ...) _Pragma("pack(push, 1)") struct name __VA_ARGS__; _Pragma("pack(pop)")
PACKED_STRUCT(packed_in_macro, { char c; long l; })
struct unpacked_after_pragma { char c; int i; };

static void pragmas(void) {
  ASSERT(5, sizeof(struct packed_by_pragma));
  ASSERT(6, sizeof(struct packed2_by_pragma));
  ASSERT(9, sizeof(struct packed_in_macro));
  ASSERT(8, sizeof(struct unpacked_after_pragma));
  int x = 0;
  _Pragma("GCC diagnostic push") x = 1; _Pragma("GCC diagnostic pop")
  ASSERT(1, x);
}

// ===========================================================================
// #line (last: it changes __FILE__ for the rest of the file)
// ===========================================================================
static void line_directive(void);

int main(void) {
  example3();
  example4();
  example5();
  example6();
  example7();
  other_examples();
  basic_macros();
  stringizing();
  pasting();
  digraphs();
  variadic();
  va_opt();
  rescanning();
  undef_redefine();
  conditionals();
  includes();
  predefined();
  pragmas();
  line_directive();
  test_done("macro.c");
  return 0;
}

#line 100 "foo.c"
static int line_100 = __LINE__;
static const char *file_foo = __FILE__;
static int line_102 = __LINE__;
#line 500
static int line_500 = __LINE__;
static const char *file_still_foo = __FILE__;
#define LINE_NUMBER 700
#define LINE_FILE "bar.c"
#line LINE_NUMBER LINE_FILE
static int line_700 = __LINE__;
static const char *file_bar = __FILE__;
#if 0
#line 5 "skipped.c"
#endif
static int line_705 = __LINE__;
static const char *file_still_bar = __FILE__;
# 900 "baz.c"
# 950 "qux.c"
static int line_950 = __LINE__;
static const char *file_qux = __FILE__;
#line 2000

static void line_directive(void) {
  ASSERT(100, line_100);
  ASSERT(102, line_102);
  ASSERT(0, strcmp(file_foo, "foo.c"));
  ASSERT(500, line_500);
  ASSERT(0, strcmp(file_still_foo, "foo.c"));
  ASSERT(700, line_700);
  ASSERT(0, strcmp(file_bar, "bar.c"));
  // A marker in a skipped block takes no effect.
  ASSERT(705, line_705);
  ASSERT(0, strcmp(file_still_bar, "bar.c"));
  // GNU line markers, one after the other.
  ASSERT(950, line_950);
  ASSERT(0, strcmp(file_qux, "qux.c"));
  ASSERT(0, strcmp(__FILE__, "qux.c"));
  ASSERT(2016, __LINE__);
}
