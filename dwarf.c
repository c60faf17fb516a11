// dwarf.c: the debug information that lets a debugger show variables.
//
// With -g, codegen.c's .file and .loc directives make `as` write the line
// table (.debug_line): which source line each instruction comes from.
// That is enough to break at a line and step, but not to print a value:
// for `print x` a debugger needs to know what `x` is (its type) and where
// it lives (a stack slot, a register, an address).  That is the job of
// .debug_info, a tree of "debugging information entries" (DIEs): the
// compilation unit holds the functions and global variables, a function
// its parameters and local variables, and types are entries of their own
// that others refer to.  Each entry is a number naming its shape in
// .debug_abbrev (which attributes follow, in which form), then the
// attributes' values; we write both as assembler data directives and let
// `as` compute the offsets between labels.
//
// The entries are written as the code is: the unit's header when the
// output starts, a function's entry right after its code (its locals are
// gone once it is compiled), and at the end the global variables and every
// type something referred to.  The format is DWARF 4 (the System V ABI's
// and gdb's; see the DWARF 4 standard, sections 2 to 7).
//
// Where a variable lives is said relative to the canonical frame address
// that the .cfi directives define (rbp + 16 in 9cc's frames), or as the
// register the optimiser gave it for the whole function (codegen.c's
// dwarf_var_reg()).  A block that declares variables is a lexical block
// entry with its extent, which codegen.c marks with labels.  Not described
// yet: typedef names (the parser does not keep them apart from the types
// they name).

#include "codegen.h"
#include <unistd.h>

// Tags, attributes, forms and encodings used below (DWARF 4, chapter 7).
enum {
  DW_TAG_array_type = 0x01, DW_TAG_formal_parameter = 0x05, DW_TAG_member = 0x0d,
  DW_TAG_pointer_type = 0x0f, DW_TAG_compile_unit = 0x11, DW_TAG_structure_type = 0x13,
  DW_TAG_subroutine_type = 0x15, DW_TAG_union_type = 0x17, DW_TAG_unspecified_parameters = 0x18,
  DW_TAG_enumeration_type = 0x04, DW_TAG_subrange_type = 0x21, DW_TAG_base_type = 0x24,
  DW_TAG_subprogram = 0x2e, DW_TAG_variable = 0x34, DW_TAG_enumerator = 0x28,
  DW_TAG_lexical_block = 0x0b,

  DW_AT_location = 0x02, DW_AT_name = 0x03, DW_AT_byte_size = 0x0b, DW_AT_stmt_list = 0x10,
  DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12, DW_AT_language = 0x13, DW_AT_comp_dir = 0x1b,
  DW_AT_producer = 0x25, DW_AT_prototyped = 0x27, DW_AT_count = 0x37, DW_AT_data_member_location = 0x38,
  DW_AT_decl_line = 0x3b, DW_AT_declaration = 0x3c, DW_AT_encoding = 0x3e, DW_AT_external = 0x3f,
  DW_AT_frame_base = 0x40, DW_AT_const_value = 0x1c, DW_AT_GNU_vector = 0x2107, DW_AT_type = 0x49, DW_AT_bit_size = 0x0d, DW_AT_data_bit_offset = 0x6b,

  DW_FORM_addr = 0x01, DW_FORM_data1 = 0x0b, DW_FORM_data8 = 0x07, DW_FORM_string = 0x08,
  DW_FORM_udata = 0x0f, DW_FORM_ref4 = 0x13, DW_FORM_sec_offset = 0x17, DW_FORM_exprloc = 0x18,
  DW_FORM_flag_present = 0x19, DW_FORM_sdata = 0x0d,

  DW_ATE_boolean = 0x02, DW_ATE_complex_float = 0x03, DW_ATE_float = 0x04, DW_ATE_signed = 0x05,
  DW_ATE_signed_char = 0x06, DW_ATE_unsigned = 0x07, DW_ATE_unsigned_char = 0x08,

  DW_OP_addr = 0x03, DW_OP_deref = 0x06, DW_OP_const8u = 0x0e, DW_OP_reg0 = 0x50,
  DW_OP_fbreg = 0x91, DW_OP_call_frame_cfa = 0x9c, DW_OP_GNU_push_tls_address = 0xe0,

  DW_LANG_C89 = 0x01, DW_LANG_C99 = 0x0c, DW_LANG_C11 = 0x1d,
};

// The shapes of the entries 9cc writes: the number each has in
// .debug_abbrev is its index + 1.  A shape lists its tag, whether it has
// children, and its (attribute, form) pairs.
typedef enum {
  A_UNIT = 1, A_FUNC, A_FUNC_VOID, A_PARAM, A_VAR, A_GLOBAL, A_BASE,
  A_POINTER, A_POINTER_VOID, A_STRUCT, A_STRUCT_ANON, A_UNION, A_UNION_ANON,
  A_STRUCT_DECL, A_UNION_DECL, A_MEMBER, A_MEMBER_ANON, A_BITFIELD, A_ARRAY, A_SUBRANGE,
  A_SUBRANGE_UNKNOWN, A_FUNC_TYPE, A_FUNC_TYPE_VOID, A_PARAM_TYPE, A_VARARGS, A_ENUM,
  A_ENUM_ANON, A_ENUMERATOR, A_BLOCK, A_VECTOR,
} Abbrev;

static struct {
  int tag;
  bool children;
  int attrs[8][2];
} abbrevs[] = {
  [A_UNIT] = {DW_TAG_compile_unit, true,
              {{DW_AT_producer, DW_FORM_string}, {DW_AT_language, DW_FORM_data1},
               {DW_AT_name, DW_FORM_string}, {DW_AT_comp_dir, DW_FORM_string},
               {DW_AT_low_pc, DW_FORM_addr}, {DW_AT_stmt_list, DW_FORM_sec_offset}}},
  [A_FUNC] = {DW_TAG_subprogram, true,
              {{DW_AT_name, DW_FORM_string}, {DW_AT_decl_line, DW_FORM_udata},
               {DW_AT_type, DW_FORM_ref4}, {DW_AT_prototyped, DW_FORM_flag_present},
               {DW_AT_low_pc, DW_FORM_addr},
               {DW_AT_high_pc, DW_FORM_data8}, {DW_AT_frame_base, DW_FORM_exprloc}}},
  [A_FUNC_VOID] = {DW_TAG_subprogram, true,
                   {{DW_AT_name, DW_FORM_string}, {DW_AT_decl_line, DW_FORM_udata},
                    {DW_AT_prototyped, DW_FORM_flag_present}, {DW_AT_low_pc, DW_FORM_addr}, {DW_AT_high_pc, DW_FORM_data8},
                    {DW_AT_frame_base, DW_FORM_exprloc}}},
  [A_PARAM] = {DW_TAG_formal_parameter, false,
               {{DW_AT_name, DW_FORM_string}, {DW_AT_decl_line, DW_FORM_udata},
                {DW_AT_type, DW_FORM_ref4}, {DW_AT_location, DW_FORM_exprloc}}},
  [A_VAR] = {DW_TAG_variable, false,
             {{DW_AT_name, DW_FORM_string}, {DW_AT_decl_line, DW_FORM_udata},
              {DW_AT_type, DW_FORM_ref4}, {DW_AT_location, DW_FORM_exprloc}}},
  [A_GLOBAL] = {DW_TAG_variable, false,
                {{DW_AT_name, DW_FORM_string}, {DW_AT_decl_line, DW_FORM_udata},
                 {DW_AT_type, DW_FORM_ref4}, {DW_AT_external, DW_FORM_flag_present},
                 {DW_AT_location, DW_FORM_exprloc}}},
  [A_BASE] = {DW_TAG_base_type, false,
              {{DW_AT_name, DW_FORM_string}, {DW_AT_encoding, DW_FORM_data1},
               {DW_AT_byte_size, DW_FORM_udata}}},
  [A_POINTER] = {DW_TAG_pointer_type, false, {{DW_AT_byte_size, DW_FORM_data1}, {DW_AT_type, DW_FORM_ref4}}},
  [A_POINTER_VOID] = {DW_TAG_pointer_type, false, {{DW_AT_byte_size, DW_FORM_data1}}},
  [A_STRUCT] = {DW_TAG_structure_type, true, {{DW_AT_name, DW_FORM_string}, {DW_AT_byte_size, DW_FORM_udata}}},
  [A_STRUCT_ANON] = {DW_TAG_structure_type, true, {{DW_AT_byte_size, DW_FORM_udata}}},
  [A_UNION] = {DW_TAG_union_type, true, {{DW_AT_name, DW_FORM_string}, {DW_AT_byte_size, DW_FORM_udata}}},
  [A_UNION_ANON] = {DW_TAG_union_type, true, {{DW_AT_byte_size, DW_FORM_udata}}},
  [A_STRUCT_DECL] = {DW_TAG_structure_type, false,
                     {{DW_AT_name, DW_FORM_string}, {DW_AT_declaration, DW_FORM_flag_present}}},
  [A_UNION_DECL] = {DW_TAG_union_type, false,
                    {{DW_AT_name, DW_FORM_string}, {DW_AT_declaration, DW_FORM_flag_present}}},
  [A_MEMBER] = {DW_TAG_member, false,
                {{DW_AT_name, DW_FORM_string}, {DW_AT_type, DW_FORM_ref4},
                 {DW_AT_data_member_location, DW_FORM_udata}}},
  [A_MEMBER_ANON] = {DW_TAG_member, false,
                     {{DW_AT_type, DW_FORM_ref4}, {DW_AT_data_member_location, DW_FORM_udata}}},
  [A_BITFIELD] = {DW_TAG_member, false,
                  {{DW_AT_name, DW_FORM_string}, {DW_AT_type, DW_FORM_ref4},
                   {DW_AT_bit_size, DW_FORM_udata}, {DW_AT_data_bit_offset, DW_FORM_udata}}},
  [A_ARRAY] = {DW_TAG_array_type, true, {{DW_AT_type, DW_FORM_ref4}}},
  [A_VECTOR] = {DW_TAG_array_type, true, {{DW_AT_GNU_vector, DW_FORM_flag_present}, {DW_AT_type, DW_FORM_ref4}}},
  [A_SUBRANGE] = {DW_TAG_subrange_type, false, {{DW_AT_count, DW_FORM_udata}}},
  [A_SUBRANGE_UNKNOWN] = {DW_TAG_subrange_type, false, {{0, 0}}},
  [A_FUNC_TYPE] = {DW_TAG_subroutine_type, true, {{DW_AT_prototyped, DW_FORM_flag_present}, {DW_AT_type, DW_FORM_ref4}}},
  [A_FUNC_TYPE_VOID] = {DW_TAG_subroutine_type, true, {{DW_AT_prototyped, DW_FORM_flag_present}}},
  [A_PARAM_TYPE] = {DW_TAG_formal_parameter, false, {{DW_AT_type, DW_FORM_ref4}}},
  [A_VARARGS] = {DW_TAG_unspecified_parameters, false, {{0, 0}}},
  [A_ENUM] = {DW_TAG_enumeration_type, true,
              {{DW_AT_name, DW_FORM_string}, {DW_AT_byte_size, DW_FORM_udata}, {DW_AT_type, DW_FORM_ref4}}},
  [A_ENUM_ANON] = {DW_TAG_enumeration_type, true,
                   {{DW_AT_byte_size, DW_FORM_udata}, {DW_AT_type, DW_FORM_ref4}}},
  [A_BLOCK] = {DW_TAG_lexical_block, true, {{DW_AT_low_pc, DW_FORM_addr}, {DW_AT_high_pc, DW_FORM_data8}}},
  [A_ENUMERATOR] = {DW_TAG_enumerator, false,
                    {{DW_AT_name, DW_FORM_string}, {DW_AT_const_value, DW_FORM_sdata}}},
};

// The types referred to so far, each with the number of its entry's label
// (.Ldwarf.tN); those not yet written wait in `pending`.
static HashMap type_ids;
static Type **pending;
static int num_pending, cap_pending;
static int num_types;

static void section_begin(char *name) {
  println("  .pushsection %s,\"\",@progbits", name);
}

static void section_end(void) {
  println("  .popsection");
}

// A qualified or typedef'd copy is described as the type it was made from.
static Type *canonical(Type *ty) {
  while (ty->origin)
    ty = ty->origin;
  return ty;
}

// The number of TY's entry, which is written at the end if it is new.
static int type_id(Type *ty) {
  ty = canonical(ty);
  int id = (int)(intptr_t)hashmap_get_n(&type_ids, (char *)&ty, sizeof(ty));
  if (id)
    return id;
  id = ++num_types;
  char *key = xcalloc(1, sizeof(ty)); // the map keeps the key's address
  memcpy(key, &ty, sizeof(ty));
  hashmap_put_n(&type_ids, key, sizeof(ty), (void *)(intptr_t)id);
  if (num_pending == cap_pending) {
    cap_pending = cap_pending ? cap_pending * 2 : 64;
    pending = realloc(pending, cap_pending * sizeof(Type *));
  }
  pending[num_pending++] = ty;
  return id;
}

// A reference to TY's entry (DW_FORM_ref4: an offset in the unit).
static void type_ref(Type *ty) {
  println("  .long .Ldwarf.t%d-.Ldwarf.info", type_id(ty));
}

static void string(char *s) {
  println("  .string \"%s\"", quote_asm_string(s));
}

static void abbrev(Abbrev a) {
  println("  .uleb128 %d", a);
}

static char *tok_name(Token *tok) {
  return tok ? str_ndup(tok->loc, tok->len) : NULL;
}

static int decl_line(Token *tok) {
  if (!tok)
    return 0;
  while (tok->origin)
    tok = tok->origin;
  return tok->line_no > 0 ? tok->line_no : 0;
}

static void write_abbrevs(void) {
  section_begin(".debug_abbrev");
  println(".Ldwarf.abbrev:");
  for (int i = 1; i < (int)(sizeof(abbrevs) / sizeof(*abbrevs)); i++) {
    println("  .uleb128 %d, 0x%x", i, abbrevs[i].tag);
    println("  .byte %d", abbrevs[i].children);
    for (int j = 0; j < 8 && abbrevs[i].attrs[j][0]; j++)
      println("  .uleb128 0x%x, 0x%x", abbrevs[i].attrs[j][0], abbrevs[i].attrs[j][1]);
    println("  .byte 0, 0");
  }
  println("  .byte 0");
  section_end();
}

// The unit's header and entry, which the functions' entries follow.
void dwarf_begin(void) {
  write_abbrevs();
  char cwd[4096];
  if (!getcwd(cwd, sizeof(cwd)))
    strcpy(cwd, "/");
  section_begin(".debug_info");
  println(".Ldwarf.info:");
  println("  .long .Ldwarf.info_end-.Ldwarf.info_start");
  println(".Ldwarf.info_start:");
  println("  .value 4");
  println("  .long .Ldwarf.abbrev");
  println("  .byte 8");
  abbrev(A_UNIT);
  string("9cc 1.0");
  println("  .byte 0x%x", opt_std >= 201112 ? DW_LANG_C11 : opt_std >= 199901 ? DW_LANG_C99 : DW_LANG_C89);
  string(remap_prefix(config->source_path, &config->prefix_maps));
  string(remap_prefix(format("%s", cwd), &config->prefix_maps));
  println("  .quad 0");
  println("  .long .Ldwarf.line");
  section_end();
  // The line table `as` makes from the .loc directives starts here.
  section_begin(".debug_line");
  println(".Ldwarf.line:");
  section_end();
}

// A location expression: its length, then its bytes.
static void exprloc(int len, char *bytes) {
  println("  .uleb128 %d", len);
  println("  .byte %s", bytes);
}

static void sleb(char *buf, long v) {
  char *p = buf + strlen(buf);
  for (;;) {
    int byte = v & 0x7f;
    v >>= 7;
    bool done = (v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40));
    p += sprintf(p, ", 0x%x", byte | (done ? 0 : 0x80));
    if (done)
      break;
  }
}

// Where a local variable or parameter is: its register, or its slot at
// rbp+offset, which is CFA+offset-16 (or, for an over-aligned variable,
// the address kept in that slot).
static void local_location(Obj *var) {
  char buf[64] = "";
  int reg = dwarf_var_reg(var);
  if (reg >= 0 && reg < 32) {
    sprintf(buf, "0x%x", DW_OP_reg0 + reg);
    exprloc(1, buf);
    return;
  }
  sprintf(buf, "0x%x", DW_OP_fbreg);
  sleb(buf, var->offset - 16);
  if (var->area_offset)
    sprintf(buf + strlen(buf), ", 0x%x", DW_OP_deref);
  int len = 0;
  for (char *p = buf; *p; p++)
    len += *p == ',';
  exprloc(len + 1, buf);
}

static bool is_user_name(char *name) {
  return name && (isalpha((unsigned char)*name) || *name == '_') && !strchr(name, '.');
}

static void local_entry(Obj *var, Abbrev a) {
  abbrev(a);
  string(var->name);
  println("  .uleb128 %d", decl_line(var->tok));
  type_ref(var->ty);
  local_location(var);
}

static void static_entry(Obj *var, char *name, char *sym, Abbrev a);

// The blocks that declare variables in the function being generated, as
// codegen.c meets them: each with its label number and its inner blocks.
typedef struct Block Block;
struct Block {
  Node *node;
  int id;
  Block *parent;
  Block *children, **last_child;
  Block *next;
};

static Block top = {.last_child = &top.children};
static Block *current_block = &top;

void dwarf_block_begin(Node *node, int id) {
  Block *b = calloc(1, sizeof(Block));
  b->node = node;
  b->id = id;
  b->parent = current_block;
  b->last_child = &b->children;
  *current_block->last_child = b;
  current_block->last_child = &b->next;
  current_block = b;
}

void dwarf_block_end(void) {
  current_block = current_block->parent;
}

// Which block declares each variable: the innermost whose range of the
// locals list holds it (ranges nest as blocks do).  Keys are the
// variables' addresses, in memory the map can point to; the map and the
// keys live in an arena emptied after each function.
static HashMap owners;
static Arena *owners_arena;

static void claim_locals(Block *b) {
  for (Obj *var = b->node->block_locals; var != b->node->block_locals_end; var = var->next) {
    Obj **key = arena_alloc(owners_arena, sizeof(Obj *));
    *key = var;
    hashmap_put_n(&owners, (char *)key, sizeof(Obj *), b);
  }
  for (Block *c = b->children; c; c = c->next)
    claim_locals(c);
}

static Block *owner(Obj *var) {
  return hashmap_get_n(&owners, (char *)&var, sizeof(var));
}

static bool is_param(Obj *fn, Obj *var) {
  for (Obj *p = fn->params; p; p = p->next)
    if (p == var)
      return true;
  return false;
}

// The variables block B declares (the function's own for &top).
static void block_locals(Obj *fn, Block *b) {
  for (Obj *var = fn->locals; var; var = var->next)
    if (owner(var) == (b == &top ? NULL : b) && !is_param(fn, var) && is_user_name(var->name) &&
        var->ty->kind != TY_VLA && var != fn->va_area && var != fn->alloca_bottom &&
        var->ty->size >= 0)
      local_entry(var, A_VAR);
}

static void block_entry(Obj *fn, Block *b) {
  abbrev(A_BLOCK);
  println("  .quad .L.block.%d", b->id);
  println("  .quad .L.block_end.%d-.L.block.%d", b->id, b->id);
  block_locals(fn, b);
  for (Block *c = b->children; c; c = c->next)
    block_entry(fn, c);
  println("  .byte 0");
}

static void free_blocks(Block *b) {
  while (b) {
    Block *next = b->next;
    free_blocks(b->children);
    free(b);
    b = next;
  }
}

// A function's entry, right after its code, which ends at END_LABEL: its
// name, type and extent, then its parameters, local variables (in their
// blocks) and static locals.
void dwarf_function(Obj *fn, char *sym, char *end_label) {
  section_begin(".debug_info");
  Type *ret = fn->ty->return_ty;
  abbrev(ret->kind == TY_VOID ? A_FUNC_VOID : A_FUNC);
  string(fn->name);
  println("  .uleb128 %d", decl_line(fn->tok));
  if (ret->kind != TY_VOID)
    type_ref(ret);
  println_sym(sym, "  .quad %s", sym);
  println_sym(sym, "  .quad %s-%s", end_label, sym);
  char cfa[16];
  sprintf(cfa, "0x%x", DW_OP_call_frame_cfa);
  exprloc(1, cfa);

  for (Obj *var = fn->params; var; var = var->next)
    if (is_user_name(var->name))
      local_entry(var, A_PARAM);
  if (!owners_arena)
    owners_arena = new_arena();
  ArenaMark mark = arena_mark(owners_arena);
  owners = (HashMap){.arena = owners_arena};
  for (Block *b = top.children; b; b = b->next)
    claim_locals(b);
  block_locals(fn, &top);
  for (Block *b = top.children; b; b = b->next)
    block_entry(fn, b);
  for (Obj *var = fn->statics; var; var = var->next_static)
    static_entry(var, var->local_name, var->name, A_VAR);
  println("  .byte 0");
  section_end();

  free_blocks(top.children);
  top.children = NULL;
  top.last_child = &top.children;
  current_block = &top;
  arena_release(owners_arena, mark);
  owners = (HashMap){0};
}

// The name gcc gives an arithmetic type, and its encoding.
static char *base_name(Type *ty, int *enc) {
  bool u = ty->is_unsigned;
  *enc = u ? DW_ATE_unsigned : DW_ATE_signed;
  if (ty->bit_width) // a _BitInt, by the name C gives it (not __int128's)
    return format("%s_BitInt(%d)", u ? "unsigned " : "", ty->bit_width);
  switch (ty->kind) {
  case TY_BOOL:
    *enc = DW_ATE_boolean;
    return "_Bool";
  case TY_CHAR:
    *enc = u ? DW_ATE_unsigned_char : DW_ATE_signed_char;
    return ty->is_plain_char ? "char" : u ? "unsigned char" : ty->is_schar ? "signed char" : "char";
  case TY_SHORT:
    return u ? "short unsigned int" : "short int";
  case TY_INT:
    return u ? "unsigned int" : "int";
  case TY_LONG:
    if (ty->is_longlong)
      return u ? "long long unsigned int" : "long long int";
    return u ? "long unsigned int" : "long int";
  case TY_INT128:
    return u ? "__int128 unsigned" : "__int128";
  case TY_FLOAT:
    *enc = DW_ATE_float;
    return "float";
  case TY_DOUBLE:
    *enc = DW_ATE_float;
    return "double";
  case TY_LDOUBLE:
    *enc = DW_ATE_float;
    return "long double";
  default:
    *enc = u ? DW_ATE_unsigned : DW_ATE_signed;
    return u ? "unsigned" : "signed";
  }
}

static void base_entry(char *name, int enc, int size) {
  abbrev(A_BASE);
  string(name);
  println("  .byte 0x%x", enc);
  println("  .uleb128 %d", size);
}

static void members_entries(Type *ty) {
  for (Member *m = ty->members; m; m = m->next) {
    char *name = tok_name(m->name);
    if (m->is_bitfield && name) {
      abbrev(A_BITFIELD);
      string(name);
      type_ref(m->ty);
      println("  .uleb128 %d", m->bit_width);
      println("  .uleb128 %d", m->offset * 8 + m->bit_offset);
    } else if (!m->is_bitfield) {
      abbrev(name ? A_MEMBER : A_MEMBER_ANON);
      if (name)
        string(name);
      type_ref(m->ty);
      println("  .uleb128 %d", m->offset);
    }
  }
  println("  .byte 0");
}

static void struct_entry(Type *ty) {
  bool is_union = ty->kind == TY_UNION;
  char *tag = tok_name(ty->tag);
  if (ty->size < 0) {
    abbrev(is_union ? A_UNION_DECL : A_STRUCT_DECL);
    string(tag ? tag : "");
    return;
  }
  if (tag) {
    abbrev(is_union ? A_UNION : A_STRUCT);
    string(tag);
  } else {
    abbrev(is_union ? A_UNION_ANON : A_STRUCT_ANON);
  }
  println("  .uleb128 %d", ty->size);
  members_entries(ty);
}

// A GNU vector is, as gcc describes it, an array marked as a vector.
static void vector_entry(Type *ty) {
  abbrev(A_VECTOR);
  type_ref(ty->vector_base);
  abbrev(A_SUBRANGE);
  println("  .uleb128 %d", ty->size / ty->vector_base->size);
  println("  .byte 0");
}

static void array_entry(Type *ty) {
  abbrev(A_ARRAY);
  type_ref(ty->base);
  if (ty->kind == TY_ARRAY && ty->array_len >= 0) {
    abbrev(A_SUBRANGE);
    println("  .uleb128 %d", ty->array_len);
  } else {
    abbrev(A_SUBRANGE_UNKNOWN);
  }
  println("  .byte 0");
}

static void function_type_entry(Type *ty) {
  bool is_void = ty->return_ty->kind == TY_VOID;
  abbrev(is_void ? A_FUNC_TYPE_VOID : A_FUNC_TYPE);
  if (!is_void)
    type_ref(ty->return_ty);
  for (Type *p = ty->params; p; p = p->next) {
    abbrev(A_PARAM_TYPE);
    type_ref(p);
  }
  if (ty->is_variadic || ty->is_oldstyle)
    abbrev(A_VARARGS);
  println("  .byte 0");
}

static void type_entry(Type *ty, int id) {
  println(".Ldwarf.t%d:", id);
  int enc = 0;
  switch (ty->kind) {
  case TY_VOID:
    // Only a pointer or a function refers to void, and they say so by
    // having no type; anything else gets an unnamed, empty base type.
    base_entry("void", DW_ATE_signed, 0);
    return;
  case TY_PTR:
    if (canonical(ty->base)->kind == TY_VOID) {
      abbrev(A_POINTER_VOID);
      println("  .byte 8");
      return;
    }
    abbrev(A_POINTER);
    println("  .byte 8");
    type_ref(ty->base);
    return;
  case TY_ARRAY:
  case TY_VLA:
    array_entry(ty);
    return;
  case TY_STRUCT:
  case TY_UNION:
    if (ty->vector_base) {
      vector_entry(ty);
      return;
    }
    if (ty->complex_base) {
      bool f = canonical(ty->complex_base)->kind == TY_FLOAT;
      bool ld = canonical(ty->complex_base)->kind == TY_LDOUBLE;
      base_entry(f ? "complex float" : ld ? "complex long double" : "complex double",
                 DW_ATE_complex_float, ty->size);
      return;
    }
    struct_entry(ty);
    return;
  case TY_FUNC:
    function_type_entry(ty);
    return;
  case TY_ENUM: {
    char *tag = tok_name(ty->tag);
    abbrev(tag ? A_ENUM : A_ENUM_ANON);
    if (tag)
      string(tag);
    println("  .uleb128 %d", ty->size);
    type_ref(ty->size == 8 ? (ty->is_unsigned ? ty_ulong : ty_long)
                           : (ty->is_unsigned ? ty_uint : ty_int));
    for (EnumConst *e = ty->enums; e; e = e->next) {
      abbrev(A_ENUMERATOR);
      string(e->name);
      println("  .sleb128 %ld", (long)e->val);
    }
    println("  .byte 0");
    return;
  }
  default: {
    char *name = base_name(ty, &enc);
    base_entry(name, enc, ty->size);
    return;
  }
  }
}

// Where a variable of static or thread storage duration is: by its symbol.
static void static_location(Obj *var, char *sym) {
  if (var->is_tls) {
    // (gcc's form: a 32-bit offset in the TLS block, zero-extended.)
    exprloc(10, format("0x%x", DW_OP_const8u));
    println_sym(sym, "  .long %s@dtpoff, 0", sym);
    println("  .byte 0x%x", DW_OP_GNU_push_tls_address);
    return;
  }
  exprloc(9, format("0x%x", DW_OP_addr));
  println_sym(sym, "  .quad %s", sym);
}

// A variable of static or thread storage duration, called NAME in C and
// SYM in the assembly: a global (A_GLOBAL adds DW_AT_external) or a
// static, at file scope or in a function.
static void static_entry(Obj *var, char *name, char *sym, Abbrev a) {
  abbrev(a);
  string(name);
  println("  .uleb128 %d", decl_line(var->tok));
  type_ref(var->ty);
  static_location(var, sym);
}

// The global variables, every type referred to, and the unit's end.
void dwarf_end(Obj *prog, char *(*symbol)(Obj *var)) {
  section_begin(".debug_info");
  for (Obj *var = prog; var; var = var->next)
    if (!var->is_function && (var->is_definition || var->is_tentative) && !var->is_literal &&
        is_user_name(var->name) && var->ty->size >= 0)
      static_entry(var, var->name, symbol(var), var->is_static ? A_VAR : A_GLOBAL);
  // Writing a type can refer to more types: they join the queue.
  for (int i = 0; i < num_pending; i++)
    type_entry(pending[i], type_id(pending[i]));
  println("  .byte 0");
  println(".Ldwarf.info_end:");
  section_end();
}
