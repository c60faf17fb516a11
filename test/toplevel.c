#include "test.h"

// Top-level declarations of every shape.  When compiling, the
// preprocessor hands the parser its output a few declarations at a time,
// cutting after a `;` or after the `}` of a function body (preprocess.c,
// ends_declaration()); `make test-stream` runs every test with a cut after
// each declaration and the file read a line at a time.  A cut anywhere
// else would end the parser's input inside a declaration: each shape
// below has a `;` or a `}` at the outer level that ends no declaration, or
// a `{` that begins no function body.  Names declared here are checked
// after the cuts, so that what outlives a chunk (kept tokens) is checked
// too.

// K&R definitions: the `;` of a parameter's declaration ends nothing.
int knr_add(a, b)
int a;
int b;
{
  return a + b;
}

struct knr_pair {
  int x, y;
};

// A K&R parameter of a struct type: `struct` before the `;`, then the body.
int knr_sum(p, n)
struct knr_pair p;
int n;
{
  return p.x + p.y + n;
}

// A function returning a struct whose type it defines: its `{` comes
// after a struct's body.
struct ret_pair { int a, b; } make_ret_pair(int a) {
  struct ret_pair r = {a, a * 2};
  return r;
}

// Attributes with parentheses before a struct's name, and before the
// body of one without a name.
struct __attribute__((packed)) packed_s {
  char c;
  int i;
};
struct __attribute__((aligned(16))) {
  int v;
} aligned_anon = {7};

// An attribute before a declarator, then `)` and a name: no K&R there.
static int __attribute__((noinline)) attr_first(int x) { return x + 1; }
int __attribute__((unused)) attr_var = 3;

// An attribute after a definition's parameters: its `{` is the body.
static int attr_after(int x) __attribute__((noinline));
static int attr_after(int x) { return x * 3; }

// An enum with a fixed underlying type, and one declared with a function.
#ifdef __9cc__
enum fixed_e : unsigned char { FIX_A = 200, FIX_B };
enum typeof_e : __typeof__(unsigned char) { TYPEOF_A = 255 };
#else
enum fixed_e { FIX_A = 200, FIX_B };
enum typeof_e { TYPEOF_A = 255 };
#endif
enum color { RED, GREEN = 5, BLUE } color_of(int i) {
  return i ? BLUE : RED;
}

// Initializers: braces at the outer level after `=`, and a compound
// literal; a function's address.
int init_arr[] = {1, 2, 3};
struct knr_pair init_s = {.x = 4, .y = 5};
int *init_lit = (int[]){10, 20, 30};
int (*init_fp)(int, int) = knr_add;
struct { int (*f)(int); int n; } init_ops[] = {{attr_first, 1}, {0, 2}};

// typeof at the outer level: a `)` then a name, not K&R.
__typeof__(init_arr[0]) typeof_var = 11;
__typeof__(int) typeof_fn(void) { return 12; }

// A declaration made of macros, and a function whose name a macro pastes.
#define DECLARE(type, name, value) type name = value;
#define DEFINE_GETTER(name) int get_##name(void) { return name; }
DECLARE(int, macro_var, 13)
DEFINE_GETTER(macro_var)

// A function-like macro whose arguments, and whose `(`, are on later lines.
#define TWICE(x) ((x) * 2)
int twice_lines = TWICE
(
  7
);

// A struct declared, defined later; its members' names outlive the chunk
// in which the struct was defined.
struct later;
struct later *later_ptr;
struct later {
  int first;
  int second;
};
struct later later_val = {1, 2};

// Typedefs of functions and of a struct with a function pointer member.
typedef int binop(int, int);
binop knr_add_decl;
typedef struct {
  binop *op;
  int (*cmp)(const void *, const void *);
} ops_t;
ops_t ops = {knr_add, 0};

// A static_assert and a top-level asm, each ending in `;`.
_Static_assert(sizeof(struct later) == 8, "two ints");
__asm__(".text\n.globl toplevel_asm_fn\ntoplevel_asm_fn:\n  movl $42, %eax\n  ret");
int toplevel_asm_fn(void);

// Empty declarations.
;
;

int main(void) {
  ASSERT(5, knr_add(2, 3));
  struct knr_pair p = {1, 2};
  ASSERT(6, knr_sum(p, 3));
  ASSERT(8, make_ret_pair(4).b);
  ASSERT(5, sizeof(struct packed_s));
  ASSERT(16, _Alignof(__typeof__(aligned_anon)));
  ASSERT(7, aligned_anon.v);
  ASSERT(5, attr_first(4));
  ASSERT(3, attr_var);
  ASSERT(9, attr_after(3));
  ASSERT(201, FIX_B);
  ASSERT(255, TYPEOF_A);
  ASSERT(6, color_of(1));
  ASSERT(0, color_of(0));
  ASSERT(3, init_arr[2]);
  ASSERT(9, init_s.x + init_s.y);
  ASSERT(20, init_lit[1]);
  ASSERT(7, init_fp(3, 4));
  ASSERT(6, init_ops[0].f(5));
  ASSERT(2, init_ops[1].n);
  ASSERT(11, typeof_var);
  ASSERT(12, typeof_fn());
  ASSERT(13, get_macro_var());
  ASSERT(14, twice_lines);
  ASSERT(2, later_val.second);
  later_ptr = &later_val;
  ASSERT(1, later_ptr->first);
  ASSERT(9, ops.op(4, 5));
  ASSERT(42, toplevel_asm_fn());
  printf("OK\n");
  return 0;
}
