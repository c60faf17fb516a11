// parse.h: what the parser's files share, and nothing else sees.
//
// The parser is one stage split into rooms by the C standard's chapters:
// parse.c (6.9, the top level: functions, global variables), decl.c (6.7,
// declarations and types), init.c (6.7.9, initializers), stmt.c (6.8,
// statements), expr.c (6.5, the expression grammar), ops.c (the typed
// nodes each operator builds), eval.c (6.6, constant expressions),
// complex.c (complex arithmetic written out on parts), builtin.c (every
// __builtin_*) and scope.c (6.2.1, scopes and name lookup).  They call
// each other as C's grammar does — declarations hold expressions,
// expressions hold type names and statement expressions — so their
// functions are declared here; 9cc.h keeps only what later stages use.

#include "9cc.h"

// What a name means in a scope: a variable, a typedef, or an enum constant.
typedef struct {
  Obj *var;
  Type *type_def;
  Type *enum_ty;
  int64_t enum_val;
  Type *enum_const_ty; // the enumerator's type, if not int (see enum_specifier())
} VarScope;

// A name declared in a block scope, as find_var() sees it (scope.c).
typedef struct Binding Binding;
struct Binding {
  Binding *hidden; // the same name's binding in an enclosing block
  Binding *next;   // the scope's bindings, the last declared first
  char *name;
  VarScope *vs;
};

// A block scope.  Struct/union/enum tags live in their own namespace.
typedef struct Scope Scope;
struct Scope {
  Scope *next;
  HashMap vars;
  HashMap tags;
  Binding *bindings; // what leaving the scope takes from find_var()'s map
  Scope *top;        // the function's outermost scope (a block scope's)
  // The nearest enclosing scope that may hold tags here: blocks that
  // declare none are passed over, so that a tag used deep in nested
  // blocks is not looked up in each of them.
  Scope *tags_outer;
};

// GNU attributes that change code generation.
typedef struct {
  bool packed;
  int aligned;
  bool weak;
  bool constructor;
  bool destructor;
  bool noreturn;
  char *section;
  char *visibility; // visibility("hidden") and the like
  char *asm_name;
  char *alias;
  int priority; // constructor/destructor priority
  Token *cleanup; // cleanup(fn): the function's name
  int mode;     // mode(QI/HI/SI/DI): the integer size in bytes
  bool transparent_union; // a union parameter takes any member's type
  int vector_size;        // vector_size(N): a GNU vector of N bytes (vector.c)
  Token *vector_tok;      // ...named here, for diagnostics
  bool gnu_inline;    // an `extern inline` body for inlining only, never emitted
  bool always_inline;
  bool used; // written out even if nothing in the file refers to it
} Attr;

// Storage class and other specifiers that are not part of the type.
typedef struct {
  bool is_typedef;
  bool is_static;
  bool is_extern;
  bool is_inline;
  bool is_tls;
  bool is_noreturn;
  bool is_constexpr; // C23: a named constant
  bool is_register;
  int align;
  Attr gnu; // __attribute__s written among the specifiers
} VarAttr;

// A tree of initializer values mirroring the shape of the initialized type.
typedef struct Initializer Initializer;
struct Initializer {
  Type *ty;
  Token *tok;
  bool is_flexible; // array of unknown length: grows as elements appear
  Node *expr;       // scalar value, or a whole struct from an expression
  Initializer **children;
  int nchildren;    // allocated children (arrays of unknown length grow)
  Member *mem;      // union: the member being initialized
  // An array a string literal initialized: its elements are the literal's
  // characters, unless a designator set children[i] later.  Held as the
  // literal, so that a 10 MB string is not ten million initializers.
  Token *str;
  // An array of integers initialized by `{ #embed "file" }`: its first
  // nbytes elements, kept as bytes (no child per element).
  unsigned char *bytes;
  int nbytes;
};

// For lowering a local initializer to assignments: a path to one element.
typedef struct InitDesg InitDesg;
struct InitDesg {
  InitDesg *next;
  int idx;
  Member *member;
  Obj *var;
};

// A static initializer's reference to a label (&&x) in this function.
typedef struct LabelCell LabelCell;
struct LabelCell {
  LabelCell *next;
  char **cell; // what the relocation names
  Node *node;  // the &&x
};


//
// scope.c: scopes, and the variables and names they hold
//

extern Obj *locals;
extern Obj *globals;
extern Scope *scope;
extern Arena *scope_arena;

void enter_scope(void);
void leave_scope(void);
typedef struct {
  Scope *scope;
  HashMap bindings;
} InlineScope;
InlineScope enter_inline_scope(void);
void leave_inline_scope(InlineScope saved);
VarScope *find_var(Token *tok);
Type *find_tag(Token *tok);
VarScope *push_scope(char *name);
Obj *new_lvar(char *name, Type *ty);
Obj *new_gvar(char *name, Type *ty);
char *new_unique_name(void);
Obj *new_anon_gvar(Type *ty);
Obj *new_string_literal(char *p, Type *ty);
char *get_ident(Token *tok);
Type *find_typedef(Token *tok);
void push_tag_scope(Token *tok, Type *ty);
Obj *find_func(char *name);
void note_block_extern(Obj *var);
Obj *find_block_extern(char *name);

//
// decl.c: declaration specifiers, declarators, struct/union/enum, attributes
//

bool pragma_pack(Token **rest, Token *tok);
Token *expect_semicolon(Token *tok);
Token *expect_decl_separator(Token *tok, char *alternatives);
Token *attribute_list(Token *tok, Attr *attr);
Token *skip_attributes(Token *tok);
Type *declspec(Token **rest, Token *tok, VarAttr *attr);
Type *pointers(Token **rest, Token *tok, Type *ty);
Type *declarator(Token **rest, Token *tok, Type *ty);
Type *typename(Token **rest, Token *tok);
bool is_end(Token *tok);
bool consume_end(Token **rest, Token *tok);
Node *compute_vla_size(Type *ty, Token *tok);
Node *new_alloca(Node *sz);
Node *declaration(Token **rest, Token *tok, Type *basety, VarAttr *attr);
bool is_typename(Token *tok);
Token *static_assertion(Token *tok);
bool is_c23_keyword(Token *tok, char *name);
bool is_c23_attribute_start(Token *tok);
Node *constexpr_value(Token **rest, Token *tok, Obj *var);
bool is_static_assert(Token *tok);
Member *get_struct_member(Type *ty, Token *tok);
Token *parse_typedef(Token *tok, Type *basety, Node **code);

//
// init.c: initializers, for locals (assignments) and globals (bytes)
//

Initializer *initializer(Token **rest, Token *tok, Type *ty, Type **new_ty);
Node *lvar_initializer(Token **rest, Token *tok, Obj *var);
void gvar_initializer(Token **rest, Token *tok, Obj *var);

//
// fortify.c: _FORTIFY_SOURCE's object sizes, checked calls, inlined wrappers
//

uint64_t object_size(Node *ptr, int type);
Node *checked_call(Node **args, int nargs, char *name, Token *tok);
bool is_expandable_body(Token *tok);
Node *expand_inline(Obj *fn, Node *args, Token *tok);
void fold_unused_calls(Node *list);

//
// stmt.c: statements, asm, and goto resolution
//

extern LabelCell *label_cells;
extern Obj *live_vla;
extern Node *gotos;
extern Node *labels;

bool never_falls_through(Node *node);
char *asm_string(Token **rest, Token *tok);
void check_register_var(char *name, Token *tok);
Node *stmt(Token **rest, Token *tok);
Node *compound_stmt(Token **rest, Token *tok);
void resolve_goto_labels(void);
void forget_case_sets(void);

//
// expr.c: the expression grammar
//

Node *expr(Token **rest, Token *tok);
Node *assign(Token **rest, Token *tok);
Node *conditional(Token **rest, Token *tok);
Node *cast(Token **rest, Token *tok);

//
// ops.c: typed nodes for operators, conversions and checks
//

Node *new_sp_node(NodeKind kind, Obj *var, Token *tok);
Node *new_binary(NodeKind kind, Node *lhs, Node *rhs, Token *tok);
Node *new_unary(NodeKind kind, Node *expr, Token *tok);
Node *new_ulong(long val, Token *tok);
Node *new_var_node(Obj *var, Token *tok);
Node *new_vla_ptr(Obj *var, Token *tok);
Node *to_assign(Node *binary);
void check_assignable(Node *node, Token *tok);
void check_incdec(Node *node, Token *tok, char *op);
void check_assign_types(Type *ty, Node *rhs, Token *tok, char *what);
void warn_conversion(Type *ty, Node *rhs, Token *tok, char *what);
void check_arith_operands(Node *node);
_Noreturn void error_float128(Token *tok);
void refuse_float128(Node *node, Token *tok);
Node *fold_constants(Node *node);
Node *truth_value(Node *node);
Node *new_int_binary(NodeKind kind, Node *lhs, Node *rhs, Token *tok);
Node *new_compare(NodeKind kind, Node *lhs, Node *rhs, Token *tok);
Node *new_add(Node *lhs, Node *rhs, Token *tok);
Node *new_sub(Node *lhs, Node *rhs, Token *tok);
Node *new_neg(Node *operand, Token *tok);
Node *new_bitnot(Node *operand, Token *tok);
Node *struct_ref(Node *node, Token *tok);
Node *new_inc_dec(Node *node, Token *tok, int addend);
Node *convert_arg(Node *arg, Type *param_ty, Token *tok);
Node *atomic_assign(Node *lhs, Node *rhs, Token *tok);
Node *atomic_value(Node *node);
Node *atomic_update(Node *lhs, NodeKind op, Node *rhs, bool old_value, Token *tok);

//
// eval.c: constant expressions
//

extern char *const_context;

int64_t const_expr(Token **rest, Token *tok);
bool const_truth(Token **rest, Token *tok);
int64_t eval(Node *node);
int64_t eval_with_label(Node *node, char ***label);
bool is_const_offset(Node *node);
bool is_const_expr(Node *node);
double eval_double(Node *node);
void eval_int128(Node *node, char *buf);
__int128 eval_exact(Node *node);

//
// complex.c: complex arithmetic
//

long double eval_real_constant(Node *node);
void eval_complex(Node *node, long double *re, long double *im);
Node *complex_part(Node *z, int which, Token *tok);
Node *complex_value(Node *re, Node *im, Type *cty, Token *tok);
Node *zero_of(Type *ty, Token *tok);
Node *to_complex(Node *n, Type *cty, Token *tok);
Node *complex_binary(NodeKind kind, Node *a, Node *b, Token *tok);
Node *complex_unary(bool conj, Node *z, Token *tok);
Node *complex_convert(Node *n, Type *ty, Token *tok);
void complex_branches(Node *node);
Node *complex_plus(Node *z, Token *tok);

//
// vector.c: GNU vector types and their operators
//

Type *vector_of(Type *ty, int size, Token *tok);
Type *declared_vector(Type *ty, Attr *attr);
bool vector_assignable(Type *to, Type *from);
Node *vector_binary(NodeKind kind, Node *a, Node *b, Token *tok);
Node *vector_unary(NodeKind kind, Node *v, Token *tok);
Node *vector_cast(Node *v, Type *ty, Token *tok);
Node *vector_subscript(Node *v, Node *idx, Token *tok);
Node *vector_update(Node *lhs, NodeKind kind, Node *rhs, bool old_value, Token *tok);
Node *vector_shuffle(Node *a, Node *b, Node *mask, Token *tok);
Node *vector_convert(Node *v, Type *ty, Token *tok);
void check_vector_abi(Token *tok, Type *return_ty, Type *param_tys, Node *args);

//
// builtin.c: __builtin_* functions and library prototypes
//

Obj *implicit_function(Token *tok);
Obj *library_declaration(Token *name);
Node *builtin_call(Token **rest, Token *tok);
Node *builtin_library_function(Token *tok);
Node *new_atomic(BuiltinKind kind, Node *ptr, Node *val, Type *ret, int order, Token *name);
Node *as_integer_object(Node *ptr);
bool is_lock_free_type(Type *ty);
bool needs_atomic_lock(Type *ty);
Node *atomic_runtime_call(char *name, Node *ptr, Node **args, int nargs, Token *tok);
void declare_builtins(void);

//
// parse.c: the top level
//

extern Obj *current_fn;
extern FunctionDone *function_done;

Token *function(Token *tok, Type *basety, Type *ty, VarAttr *attr);
Obj *parse(Token *tok, FunctionDone *done, void *arg, MoreTokens *more);
