// 9cc.h: the one header every stage shares.
//
// 9cc compiles one C file to x86-64 assembly in a straight line:
//   text --tokenize.c--> tokens --preprocess.c--> tokens --parse.c--> AST
//   --type.c gives every node a C type--> --codegen.c--> Intel-syntax assembly.
// util.c sits below all of them (errors, strings, a hash map, the table of
// files), and type.c just above it: the tokenizer types literals, and the
// parser types each node as it builds it.  The parser is several files
// sharing parse.h.  Each section of this header belongs to one file and
// lists what that file offers to the stages after it; nothing calls back up
// the pipeline (`make check-layers` checks it).  (The parser passes
// each finished function on through a callback the driver gives it, so
// that its code is generated, and its tree freed, before the next one.)

#define _GNU_SOURCE
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>
#include <time.h>

typedef struct Type Type;
typedef struct Node Node;
typedef struct EnumConst EnumConst;
typedef struct Member Member;
typedef struct Obj Obj;
typedef struct Token Token;
typedef struct Hideset Hideset;
typedef struct Relocation Relocation;
typedef struct AsmStmt AsmStmt;

//
// util.c: errors, strings, hash map
//

typedef struct {
  char **data;
  int capacity;
  int len;
} StringArray;

typedef struct File {
  char *name;
  int file_no;
  char *contents;
  // For #line: the name and line offset shown in diagnostics and debug info.
  char *display_name;
  int line_delta; // added to the line number in the file as read
  int index;      // in the table of every file (see token_file())
  struct File *origin; // the file as read (a #line copy's differs from it)
  // On a file as read: the copy that its latest #line made, whose numbering
  // its tokens take as the preprocessor reaches them.
  struct File *renumbered;
} File;

typedef struct {
  char *key;
  int keylen;
  uint32_t hash; // of the key, compared before the key itself
  void *val;
} HashEntry;

typedef struct Arena Arena;

typedef struct {
  HashEntry *buckets;
  int capacity;
  int used;
  Arena *arena; // where the buckets come from, if not from xcalloc
} HashMap;

void *xcalloc(size_t n, size_t size);

typedef struct {
  int block;
  size_t used;
  int nown;
} ArenaMark;
Arena *new_arena(void);
void *arena_alloc(Arena *a, size_t size);
ArenaMark arena_mark(Arena *a);
void arena_release(Arena *a, ArenaMark m);
void arena_clear(Arena *a);
int env_int(char *name, int dflt);
void arena_free(Arena *a);
char *format(char *fmt, ...) __attribute__((format(printf, 1, 2)));
size_t vformat(char **buf, size_t *cap, char *fmt, va_list ap);
char *str_ndup(char *s, size_t n);
bool starts_with(char *s, char *prefix);
bool ends_with(char *s, char *suffix);
void strarray_push(StringArray *arr, char *s);
int align_to(int n, int align);

// Every file a compilation reads, numbered so that a token names its file
// in 4 bytes (Token.file_index).
File *new_file(char *name, int file_no, char *contents);
File *copy_file(File *file);
File *token_file(Token *tok);

pid_t fork_or_die(void);
_Noreturn void error(char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void error_at(File *file, char *loc, char *fmt, ...) __attribute__((format(printf, 3, 4)));
_Noreturn void error_tok(Token *tok, char *fmt, ...) __attribute__((format(printf, 2, 3)));
_Noreturn void error_after(Token *tok, char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *tok_desc(Token *tok);
void warn_tok(Token *tok, char *fmt, ...) __attribute__((format(printf, 2, 3)));
void note_tok(Token *tok, char *fmt, ...) __attribute__((format(printf, 2, 3)));
extern bool opt_werror;
extern bool opt_nowarn;
extern bool opt_wall; // -Wall: the warnings gcc gives only with -Wall
extern bool opt_no_psabi; // -Wno-psabi: not the notes on the vector ABI (vector.c)
// -std=: the standard as __STDC_VERSION__ names it, 199901 for C99 up to
// 202311 for C23 (gcc's default, gnu17, is 201710); C89, which has no
// __STDC_VERSION__, is 198900 so that comparisons order the standards.
// C23's new keywords exist only from 202311.
extern int opt_std;
// How the dialect departs from gcc's default (each as gcc's option says).
extern bool opt_strict_ansi;  // -std=c99 and the like, -ansi: __STRICT_ANSI__
extern bool opt_gnu89_inline; // -fgnu89-inline, -std=gnu89: gnu89's inline
extern bool opt_freestanding; // -ffreestanding: __STDC_HOSTED__ is 0
extern bool opt_short_enums;  // -fshort-enums: enums as small as their values
extern bool opt_trigraphs;    // -trigraphs, strict ISO modes before C23
extern bool opt_color; // colour diagnostics
extern int warning_count;

void *hashmap_get(HashMap *map, char *key);
void *hashmap_get_n(HashMap *map, char *key, int keylen);
uint32_t hash_key(char *key, int keylen);
void *hashmap_get_hashed(HashMap *map, char *key, int keylen, uint32_t hash);
void hashmap_put(HashMap *map, char *key, void *val);
void hashmap_put_n(HashMap *map, char *key, int keylen, void *val);
void hashmap_delete(HashMap *map, char *key);
void hashmap_delete_n(HashMap *map, char *key, int keylen);
void **hashmap_values(HashMap *map);

//
// tokenize.c
//

typedef enum {
  TK_IDENT,   // identifiers
  TK_PUNCT,   // punctuators
  TK_KEYWORD, // keywords
  TK_STR,     // string literals
  TK_NUM,     // numeric literals
  TK_PP_NUM,  // preprocessing numbers, before conversion to TK_NUM
  TK_EMBED,   // #embed's bytes (str, ty: unsigned char[n]), "b0, b1, ..."
  TK_EOF,
} TokenKind;

// (The fields are ordered so that none needs padding: a large file has
// millions of tokens.)
struct Token {
  unsigned char kind; // a TokenKind, in a byte: a large file has many tokens
  bool at_bol : 1;    // first token on its line
  bool has_space : 1; // preceded by white space
  // A TK_EOF that only ends the part of a file read so far: refill_tokens()
  // turns it into the next token (see tokenize_lazily()).
  bool more : 1;
  unsigned char life : 2; // a TokenLife: how long its memory stays
  int len;
  char *loc; // where the token starts in its file's text
  Token *next;
  int line_no;
  int file_index; // its File is token_file(tok)
  Hideset *hideset;
  Token *origin; // for tokens made by macro expansion: the macro's use
  Token *prev;   // the token before, linked after preprocessing
  Type *ty;      // TK_NUM, TK_STR: the literal's type

  // What a token holds besides its text depends on its kind, so the kinds
  // share the room: a large file has hundreds of thousands of tokens.
  union {
    int64_t val;       // TK_NUM of an integer type: its value
    uint64_t *words;   // TK_NUM of a _BitInt wider than 64 bits: its value, low word first
    long double *fval; // TK_NUM of a floating type: its value
    char *str;         // TK_STR: contents with escapes decoded, NUL-terminated
    char *spelling;    // TK_PUNCT: a digraph's own spelling, for # ("<:" for "[")
    Token *closer;     // "(" (no digraph) seen by the parser: its ")", once found
    struct Lexer *lexer; // TK_EOF with `more`: the reading it continues
  };
};

// Most tokens live as long as the compilation.  The main input file is
// read a chunk of lines at a time, and when the parser asks for its
// tokens a few declarations at a time (preprocess_stream()), the
// tokens of the chunks read and those made by macro expansion are given
// back as soon as the parser is done with them: a compilation's memory
// then follows the size of its largest declaration, not the size of the
// file.  What must outlive a declaration (a global's name token, say)
// is copied by keep_token().
typedef enum {
  TOKEN_KEPT, // lives as long as the compilation
  TOKEN_READ, // read from a chunk of a file read lazily, or a header's (tokenize_freeable())
  TOKEN_TEMP, // made while preprocessing a stream's chunk (temp_tokens)
} TokenLife;
extern Arena *temp_tokens;
Token *keep_token(Token *tok);
Token *keep_tokens(Token *tok, Token *end);
Token *tokenize_lazily(File *file);
void refill_tokens(Token *sentinel);
void release_read_tokens(void);
Token *tokenize_freeable(File *file, Arena **arena);
void free_tokens(Arena *arena);

Token *tokenize(File *file);
File *read_source_file(char *path);
bool equal_tail(Token *tok, char *op);

// Is the token `op`?  The parser asks this of nearly every token, so the
// test that fails for most of them, the first character, is inline.
static inline bool equal(Token *tok, char *op) {
  return tok->loc[0] == op[0] && equal_tail(tok, op);
}
Token *skip(Token *tok, char *op);
bool consume(Token **rest, Token *tok, char *str);
void convert_pp_tokens(Token *tok);
Token *spread_embed(Token *tok);
Token *copy_token(Token *tok);
bool is_keyword(Token *tok);

//
// preprocess.c
//

void pp_init(StringArray *include_paths);
// How many of the include paths are -iquote's, searched for "file" only.
extern int pp_quote_dirs;
void pp_define(char *name, char *buf);
void pp_undef(char *name);
void pp_define_builtins(void);
extern bool (*pp_is_builtin)(char *name, int len);
Token *preprocess(Token *tok);
Token *preprocess_stream(Token *tok);
Token *stream_more(void);
Token *tokenize_file(char *path, bool lazily, Arena **freeable);
void pp_print(Token *tok, FILE *out, char *input);
void pp_print_macros(FILE *out);
extern bool pp_line_markers; // -E writes them (not with -P)
extern bool pp_keep_defines; // -dD: -E writes the #define and #undef lines too
extern StringArray pp_included_files;
extern StringArray pp_macro_prefix_maps; // "OLD=NEW" for __FILE__'s paths

//
// parse.c
//

// A variable or a function.
struct Obj {
  Obj *next;
  char *name;
  Type *ty;
  Token *tok; // where it is declared, for diagnostics
  bool is_local;
  bool is_register; // declared `register`: its address may not be taken
  int align;

  // Local variable
  int offset;
  Obj *vla_outer; // scope-exit chain (VLA rsp slots, cleanups): the next one out
  Obj *cleanup_fn;  // a cleanup entry: call cleanup_fn(&cleanup_var)
  Obj *cleanup_var;
  int area_offset; // aligned over 16: where its storage starts; offset holds a pointer
  // Filled in by codegen for each function: whether the variable must stay
  // in memory, how often it is used (weighted by loop depth), and the
  // callee-saved register that holds it instead (1-5, or 0: none), or for
  // a float or double, the xmm register (8-15, or 0: none).
  bool in_memory;
  long uses;
  int reg;
  int xmm;

  // Global variable or function
  bool is_function;
  bool is_definition;
  bool is_static;
  bool is_tentative;
  bool is_tls;
  bool is_constexpr;        // C23 constexpr: an integer constant, its value in
  __int128 constexpr_value; // constexpr_value, usable in constant expressions
  bool is_weak;
  bool is_toplevel_asm; // asm("...") at file scope; the text is in asm_name
  bool is_literal;      // a string literal: read-only data
  char *section;
  char *visibility; // __attribute__((visibility)): "hidden", ...; NULL: -fvisibility's
  char *asm_name; // name given with __asm__("...") in the declaration
  char *alias;    // __attribute__((alias("target"))): another name for target

  // Global variable
  char *init_data;
  Relocation *rel;
  // A static local: its name in C (`name` is a unique label), and the next
  // of its function's static locals, for the debug information
  char *local_name;
  Obj *next_static;

  // Function
  bool is_inline;
  bool is_used; // __attribute__((used)): written even if unreferenced
  bool is_builtin_decl; // declared by the compiler: a library function a builtin calls
  // An always_inline gnu_inline `extern inline` function (glibc's
  // _FORTIFY_SOURCE wrappers): the tokens of its body after "{", which
  // fortify.c expands at each call; NULL if the body is not of the shape
  // it expands.
  Token *inline_body;
  // A parameter of such an expansion: the argument it holds, which
  // __builtin_object_size looks through as gcc does after inlining.
  Node *inline_arg;
  bool is_noreturn;
  bool has_canary; // -fstack-protector chose it: the canary is at rbp-8
  bool is_constructor;
  bool is_destructor;
  int priority; // of a constructor or destructor
  Obj *params;
  Node *body;
  Obj *locals;
  Obj *va_area;
  Obj *alloca_bottom;
  Obj *statics; // its static locals (see local_name)
  int stack_size;
};

// A global initializer may refer to another global's address:
// `int *p = &x + 2;` stores the label "x" and addend 8 at offset 0.
struct Relocation {
  Relocation *next;
  int offset;
  char **label;
  long addend;
};

// GNU extended asm.  stmt.c reads the statement, chooses each operand's
// kind from its constraint, and writes the C around it: input values go
// to frame temporaries before the asm, outputs come back from theirs
// after it (so asm.c only moves values between frame slots and
// registers).  asm.c picks the registers and writes the template.
//
// Registers are numbered as the machine encodes them: 0 rax, 1 rcx,
// 2 rdx, 3 rbx, 4 rsp, 5 rbp, 6 rsi, 7 rdi, 8-15 r8-r15; xmm registers
// by their own numbers, and x87 operands 0 for st(0), 1 for st(1).
typedef enum {
  ASM_REG,  // a general register, one of `regs`
  ASM_XMM,  // an SSE register, one of `regs` (x)
  ASM_X87,  // st(0) or st(1) (t, u, f): `regs` bit 0 or 1
  ASM_MEM,  // memory: a frame slot, or the address in a register
  ASM_IMM,  // a constant: `imm`, plus the address of `label` if set
  ASM_FLAG, // a condition output (=@ccCOND): set<cond> after the asm
} AsmKind;

typedef struct {
  Token *tok;    // the constraint, for diagnostics
  char *constraint; // after its '=' or '+'
  char *name;    // [name], or NULL
  Type *ty;      // the operand's type: its register's width
  AsmKind kind;
  bool is_output;
  bool is_inout;  // '+': loaded before the asm as well
  bool is_early;  // '&': written before the inputs are read
  int tied;       // an input that shares output `tied`'s place, or -1
  int regs;       // ASM_REG, ASM_XMM, ASM_X87: the registers it may take
  bool is_pair;   // an __int128 in rax (low half) and rdx (high half)
  bool mem_ok;    // a register operand may also be memory (rm, g)
  Obj *value;     // register operands: the frame temporary for its value
  bool is_const;  // ...or none: an input that is the constant `imm`
  Obj *frame;     // ASM_MEM: the local it is, at `offset` bytes in
  int offset;
  Obj *addr;      // ASM_MEM elsewhere: the temporary holding its address
  int64_t imm;
  char *label;
  char *cond;     // ASM_FLAG: the condition, e.g. "z", "nc"
  int reg;        // chosen by asm.c
} AsmOperand;

// A template cut at its % sequences: literal text, or an operand printed
// with a modifier letter (`code`, e.g. 'b', 'k', 'c', or 0).  `dialect`
// is 0, or 1 (AT&T) or 2 (Intel) inside {att|intel} alternatives.
typedef struct AsmPiece AsmPiece;
struct AsmPiece {
  AsmPiece *next;
  char *text;     // literal text, or NULL for an operand or %=
  int operand;    // its index (labels follow the inputs), or -1 for %=
  char code;
  char dialect;
};

struct AsmStmt {
  char *text;        // basic asm: the template, written as it is
  AsmPiece *pieces;  // extended asm
  AsmOperand *ops;   // outputs, then inputs
  int nops;
  int nout;
  int nlabels;       // asm goto: the gotos are the ND_ASM node's body
  int gp_clobbers;   // registers the clobber list names (bit per register)
  int xmm_clobbers;
  int x87_clobbers;  // st(0) = 1, st(1) = 2, ...
  bool is_goto;
};

typedef enum {
  ND_NULL_EXPR, // do nothing
  ND_ADD,       // +
  ND_SUB,       // -
  ND_MUL,       // *
  ND_DIV,       // /
  ND_NEG,       // unary -
  ND_MOD,       // %
  ND_BITAND,    // &
  ND_BITOR,     // |
  ND_BITXOR,    // ^
  ND_SHL,       // <<
  ND_SHR,       // >>
  ND_EQ,        // ==
  ND_NE,        // !=
  ND_LT,        // <
  ND_LE,        // <=
  ND_ASSIGN,    // =
  ND_COND,      // ?:
  ND_COMMA,     // ,
  ND_MEMBER,    // . (struct member access)
  ND_ADDR,      // unary &
  ND_DEREF,     // unary *
  ND_NOT,       // !
  ND_BITNOT,    // ~
  ND_LOGAND,    // &&
  ND_LOGOR,     // ||
  ND_RETURN,    // "return"
  ND_IF,        // "if"
  ND_FOR,       // "for" or "while"
  ND_DO,        // "do"
  ND_SWITCH,    // "switch"
  ND_CASE,      // "case"
  ND_BLOCK,     // { ... }
  ND_GOTO,      // "goto"
  ND_GOTO_EXPR, // "goto" *labels-as-values
  ND_LABEL,     // labeled statement
  ND_LABEL_VAL, // && label
  ND_FUNCALL,   // function call
  ND_EXPR_STMT, // expression statement
  ND_STMT_EXPR, // statement expression
  ND_VAR,       // variable
  ND_VLA_PTR,   // VLA designator
  ND_NUM,       // integer or floating constant
  ND_CAST,      // type cast
  ND_MEMZERO,   // zero-clear a stack variable
  ND_VA_START,  // __builtin_va_start
  ND_VA_ARG,    // __builtin_va_arg
  ND_ALLOCA,    // __builtin_alloca
  ND_BUILTIN,   // a builtin computed in line; `val` says which (BuiltinKind)
  ND_ASM,       // asm statement (asm_stmt); an asm goto's gotos are its body
  ND_SP_SAVE,   // var = rsp, before a VLA is allocated
  ND_SP_RESTORE, // rsp = var: frees the VLAs allocated since
} NodeKind;

typedef enum {
  BI_CLZ,            // count leading zeros
  BI_CTZ,            // count trailing zeros
  BI_POPCOUNT,       // number of one bits
  BI_PARITY,         // popcount & 1
  BI_BSWAP,          // reverse the bytes
  BI_SIGNBIT,        // sign bit of a floating value
  BI_CLRSB,          // leading redundant sign bits
  BI_RETURN_ADDRESS, // __builtin_return_address(0)
  BI_FRAME_ADDRESS,  // __builtin_frame_address(0)
  BI_ADD_OVERFLOW,   // __builtin_add_overflow(a, b, &r): lhs, rhs, cond = &r
  BI_SUB_OVERFLOW,
  BI_MUL_OVERFLOW,
  // Atomics (builtin.c says which builtins make them).  lhs is the
  // object's address, rhs the operand; begin is the memory order, or for
  // BI_FETCH_OP the operator (ND_BITNOT: nand), with end set to return
  // the new value instead of the old.
  BI_FENCE,          // a fence; only seq_cst (5) needs an instruction
  BI_ATOMIC_LOAD,    // *lhs
  BI_ATOMIC_STORE,   // *lhs = rhs
  BI_ATOMIC_XCHG,    // *lhs = rhs, giving the old value
  BI_CAS_VAL,        // compare *lhs with the value cond, swap in rhs; the old value
  BI_CAS_BOOL,       // the same; whether it swapped
  BI_CAS,            // the same with *cond expected, updated if it did not swap
  BI_FETCH_OP,       // *lhs = *lhs op rhs in one step
  BI_TEST_AND_SET,   // the byte *lhs = 1; whether it was set
} BuiltinKind;

struct Node {
  NodeKind kind;
  bool typed; // add_type() has been here (a statement gets no type of its own)
  Node *next;
  Type *ty;
  Token *tok; // representative token, for diagnostics

  Node *lhs;
  Node *rhs;

  // "if", "for", "while", "?:"
  Node *cond;
  Node *then;
  Node *els;
  Node *init;
  Node *inc;

  // "break" and "continue" targets
  char *brk_label;
  char *cont_label;

  // Block or statement expression
  Node *body;
  // A block: the locals it declares are block_locals and the ones after it
  // in the list, up to block_locals_end (for the debug information)
  Obj *block_locals;
  Obj *block_locals_end;

  // Struct member access
  Member *member;

  // Function call
  Type *func_ty;
  Node *args;
  Obj *ret_buffer;

  // goto and labels
  char *label;
  char *unique_label;
  Node *goto_next;
  Obj *live_vla;    // the innermost VLA in scope here (its saved rsp)
  Node *exit_code;  // goto, break, continue: cleanups and VLA frees to run first

  // switch
  Node *case_next;
  Node *default_case;

  // case
  long begin;
  long end;

  // Variable
  Obj *var;

  // Numeric literal
  int64_t val;
  long double fval;

  // asm statement
  AsmStmt *asm_stmt;
};

// parse() hands each function definition to `done` as soon as its body is
// parsed (when `done` is not NULL), then releases the function's nodes:
// fn->body is NULL afterwards.  Without `done` every body stays.  Top-level
// asm statements go to `done` too, so that everything reaches it in source
// order.
typedef void FunctionDone(Obj *fn, void *arg);
typedef Token *MoreTokens(void);
Obj *parse(Token *tok, FunctionDone *done, void *arg, MoreTokens *more);
bool is_builtin_name(char *name, int len); // builtin.c: for __has_builtin
char *asm_reg_name(int reg, int size); // stmt.c: "rax", "eax"... by number

//
// type.c
//

typedef enum {
  TY_VOID,
  TY_BOOL,
  TY_CHAR,
  TY_SHORT,
  TY_INT,
  TY_LONG,
  TY_FLOAT,
  TY_DOUBLE,
  TY_LDOUBLE,
  TY_ENUM,
  TY_PTR,
  TY_FUNC,
  TY_ARRAY,
  TY_VLA, // variable-length array
  TY_STRUCT,
  TY_UNION,
  TY_INT128, // __int128 and unsigned __int128 (int128.c has their code)
} TypeKind;

struct Type {
  // (Fields ordered so that none needs padding: a large file makes tens of
  // thousands of types.)
  TypeKind kind;
  int size;      // sizeof() value
  int align;     // alignment
  int bit_width; // for gcc's N-bit types of wide bitfields (long long x:40)
  int array_len; // Array
  bool is_unsigned;
  bool is_const;
  bool is_volatile;
  bool is_atomic; // _Atomic: stores and updates are atomic (ops.c)
  bool is_longlong; // "long long" is a distinct type for _Generic
  bool is_schar;    // so is "signed char", distinct from plain char
  bool is_plain_char; // plain char: signed, or unsigned (-funsigned-char)
  bool is_flexible; // Struct
  bool is_packed;
  bool is_transparent; // union: __attribute__((transparent_union))
  bool is_variadic; // Function type
  bool is_oldstyle; // declared with () and no prototype

  Type *complex_base; // _Complex T: a struct {T re, im} with its own arithmetic
  Type *vector_base;  // GNU vector of T: a struct of its T elements (vector.c)

  // A qualified or typedef'd copy points to the type it was made from, so
  // that compatibility can be decided on the original.
  Type *origin;

  // Pointer-to or array-of type.  Pointers and arrays share this member so
  // that an array can be used where a pointer is expected.
  Type *base;

  // Declaration
  Token *name;
  Token *name_pos;

  // Struct, union or enum tag
  Token *tag;

  // Variable-length array
  Node *vla_len; // # of elements
  Obj *vla_size; // sizeof() value

  // Struct
  Member *members;

  // Function type
  Type *return_ty;
  Type *params;
  Type *next;
  Obj *param_obj; // a parameter's object, made while parsing the prototype

  // Enum: the constants, in order, for the debug information
  EnumConst *enums;
};

struct EnumConst {
  EnumConst *next;
  char *name;
  int64_t val;
};

// Struct member
struct Member {
  Member *next;
  Type *ty;
  Token *tok; // for error message
  Token *name;
  int idx;
  int align;
  int offset;

  // Bitfield
  bool is_bitfield;
  int bit_offset;
  int bit_width;
  int unit_size; // bytes loaded and stored to reach the bitfield

  // A struct's first member of many: the members by name (decl.c)
  HashMap *by_name;
};

extern Type *ty_void;
extern Type *ty_bool;
extern Type *ty_nullptr;
extern Type *ty_float128;

extern Type *ty_char;
extern Type *ty_schar;
extern Type *ty_short;
extern Type *ty_int;
extern Type *ty_long;
extern Type *ty_llong;

extern Type *ty_uchar;
extern Type *ty_ushort;
extern Type *ty_uint;
extern Type *ty_ulong;
extern Type *ty_ullong;
extern Type *ty_int128;
extern Type *ty_uint128;

extern Type *ty_float;
extern Type *ty_double;
extern Type *ty_ldouble;

bool is_integer(Type *ty);
bool is_int128(Type *ty);
Type *bitfield_operand_type(Node *node);
bool is_flonum(Type *ty);
bool is_numeric(Type *ty);
bool is_scalar(Type *ty);
bool is_compatible(Type *t1, Type *t2);
Type *unqual(Type *ty);
Type *copy_type(Type *ty);
Type *unconst(Type *ty);
Type *complete_type(Type *ty);
Type *qualified_type(Type *ty, bool is_const, bool is_volatile);
Type *atomic_type(Type *ty);
Type *pointer_to(Type *base);
Type *func_type(Type *return_ty);
Type *array_of(Type *base, int size);
Type *vla_of(Type *base, Node *expr);
Type *enum_type(void);
Type *bitint_type(int width, bool is_unsigned);
Type *complex_type(Type *base);
bool is_complex(Type *ty);
Type *vector_type(Type *base, int size);
bool is_vector(Type *ty);
int vector_len(Type *ty);
Type *struct_type(void);
int storage_size(Type *ty);
bool is_nullptr_t(Type *ty);
bool is_float128(Type *ty);
bool is_aggregate(Type *ty);
bool same_aggregate(Type *a, Type *b);
char *type_name(Type *ty);
void add_type(Node *node);
bool is_binary_op(NodeKind kind);
Node *new_node(NodeKind kind, Token *tok);
ArenaMark mark_nodes(void);
void release_nodes(ArenaMark m);
Node *new_cast(Node *expr, Type *ty);
int64_t float_to_int(long double d, Type *ty);
Node *new_num(int64_t val, Token *tok);
int64_t truncate_int(int64_t val, Type *ty);
bool is_lvalue(Node *node);

//
// codegen.c
//

// How position-independent the code is.  PIE code runs at any address but
// its global symbols bind within the executable; PIC code may go into a
// shared object, where another module can preempt any global symbol.
typedef enum {
  PIC_NONE, // -fno-pie: absolute addresses are fine
  PIC_PIE,  // -fpie (the default, as Debian's gcc): only other modules' symbols via GOT and PLT
  PIC_PIC,  // -fpic: every global symbol via GOT and PLT
} PicLevel;

// -fstack-protector and its variants: which functions get a canary below
// the saved rbp, checked before they return (gcc's rules for each).
// -fcf-protection's parts, as gcc numbers them (its __CET__ value).
enum { CF_BRANCH = 1, CF_RETURN = 2, CF_CHECK = 8 };

typedef enum {
  SSP_NONE,   // -fno-stack-protector (the default, as gcc's)
  SSP_BUFFERS, // -fstack-protector: char arrays of 8 bytes or more, alloca
  SSP_STRONG, // -fstack-protector-strong: any local array, any local's address taken
  SSP_ALL,    // -fstack-protector-all: every function
} StackProtector;

typedef struct {
  PicLevel pic;
  bool debug_info;  // -g: .file/.loc directives, and dwarf.c's .debug_info
  bool verbose_asm; // -fverbose-asm
  bool optimize;    // off with -O0: the plain stack machine, for testing
  bool terse_operands; // memory operands as `as` reads them fastest (not for -S)
  bool intel_asm;      // -masm=intel: asm templates are in Intel syntax
  char *source_name;   // what the object's FILE symbol says: the input's base name
  char *source_path;   // the input as named on the command line, for the debug info
  StringArray prefix_maps; // -ffile-prefix-map's "OLD=NEW", for the debug info's paths
  char *visibility;    // -fvisibility= other than default: the definitions' (hidden, ...)
  StackProtector stack_protector; // -fstack-protector*: which functions get a canary
  int cf_protection; // -fcf-protection: CF_BRANCH and CF_RETURN bits (CF_CHECK alone: none)
  bool common;       // -fcommon: tentative definitions are common symbols
  bool hold_inline;  // static inline functions written only if used (codegen_end() follows)
  bool stack_clash;  // -fstack-clash-protection: touch each page a frame or alloca takes
  bool builtin_memcpy; // memcpy of a small constant size copied in place (not -fno-builtin)
} CodegenConfig;

char *remap_prefix(char *path, StringArray *maps);

void codegen_begin(FILE *out, CodegenConfig *cfg);
void codegen_object(Obj *obj);
void codegen_end(Obj *prog);
void layout_frames(Obj *prog);
int codegen_swap_label_count(int next);

//
// dump.c: the stages' results made visible
//

void dump_tokens(Token *tok, FILE *out);
void dump_ast(Obj *prog, FILE *out);
char *token_kind_name(TokenKind kind);
char *node_label(Node *node);
typedef void NodeVisit(Node *child, char *role, void *arg);
void node_children(Node *node, NodeVisit *visit, void *arg);

//
// explain.c: one compilation as a web page (--explain)
//

// The driver's way of preprocessing an input, with its -I, -D and -include.
typedef Token *Preprocess(char *input);
void explain(char *input, char *output, Preprocess *prep, CodegenConfig *cfg);

