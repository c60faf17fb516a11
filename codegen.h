// codegen.h: what the code generator's files share, and nothing else
// sees: codegen.c, the stack machine, and asm.c, the code of asm
// statements, which writes its lines through codegen.c and asks it for
// the code of the gotos an asm goto makes.

#include "9cc.h"

extern CodegenConfig *config;

void println(char *fmt, ...) __attribute__((format(printf, 1, 2)));
void emit_asm_text(char *text, bool intel);
void gen_stmt(Node *node);

//
// asm.c
//

void gen_asm(Node *node);
