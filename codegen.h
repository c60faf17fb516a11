// codegen.h: what the code generator's files share, and nothing else
// sees: codegen.c, the stack machine, and asm.c, the code of asm
// statements, which writes its lines through codegen.c and asks it for
// the code of the gotos an asm goto makes; and dwarf.c, which describes
// functions, variables and types for debuggers (-g).

#include "9cc.h"

extern CodegenConfig *config;

void println(char *fmt, ...) __attribute__((format(printf, 1, 2)));
void println_sym(char *name, char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *quote_asm_string(char *s);
char *sized(char *r, int size);
char *ptr_size(int size);
void extend_bits(char *reg, int width, bool is_unsigned);
int dwarf_var_reg(Obj *var);
void emit_asm_text(char *text, bool intel);
void note_symbol_use(char *name);
void gen_stmt(Node *node);

//
// int128.c: the instructions for __int128 values, kept in rax:rdx
//

void int128_cmp_zero(void);
void int128_from_int(Type *from);
void int128_to_int(Type *to);
void int128_binary(NodeKind kind, bool is_unsigned, int c);
void int128_unary(NodeKind kind);
void int128_to_float(Type *to, bool is_unsigned, int c);
void int128_from_float(Type *from, int c);
void int128_overflow_op(int kind, bool ua, bool ub, int c);
void int128_overflow_store(Type *ty);
void int128_atomic_load(void);
void int128_atomic_update(NodeKind kind, bool new_value, int c);
void int128_cas(void);

//
// atomic_lock.c: the runtime for atomics on objects no instruction covers
//

void emit_atomic_runtime(Obj *prog);

//
// dwarf.c
//

void dwarf_begin(void);
void dwarf_block_begin(Node *block, int id);
void dwarf_block_end(void);
void dwarf_function(Obj *fn, char *sym, char *end_label);
void dwarf_end(Obj *prog, char *(*symbol)(Obj *var));

//
// asm.c
//

void gen_asm(Node *node);
