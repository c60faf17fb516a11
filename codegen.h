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
int dwarf_var_reg(Obj *var);
void emit_asm_text(char *text, bool intel);
void gen_stmt(Node *node);

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
