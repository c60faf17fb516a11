// decl.c: declarations (C11 6.7).
//
// Declaration specifiers (the base type, storage class, qualifiers,
// alignment and GNU attributes), declarators (pointers, arrays, functions
// and the names they declare), struct/union layout, enums, typeof, VLA
// sizes, #pragma pack and _Static_assert.  A declaration in a block
// becomes the nodes that initialize its variables; at file scope parse.c
// takes the declarators one by one.

#include "parse.h"

static Type *enum_specifier(Token **rest, Token *tok);
static Type *typeof_specifier(Token **rest, Token *tok);
static Type *struct_decl(Token **rest, Token *tok);
static Type *union_decl(Token **rest, Token *tok);
static Type *type_suffix(Token **rest, Token *tok, Type *ty);
static Type *abstract_declarator(Token **rest, Token *tok, Type *ty);

// #pragma pack state, set by the preprocessor through marker tokens.
static int pack_align;
static int pack_stack[64];
static int pack_depth;

// Reads a `__9cc_pragma_pack N` marker, if tok is one.
bool pragma_pack(Token **rest, Token *tok) {
  if (!equal(tok, "__9cc_pragma_pack"))
    return false;
  Token *num = tok->next;
  int code = num->val;
  if (code == 100) {
    if (pack_depth < 64)
      pack_stack[pack_depth++] = pack_align;
  } else if (code == 200) {
    pack_align = pack_depth ? pack_stack[--pack_depth] : 0;
  } else {
    pack_align = code;
  }
  *rest = num->next;
  return true;
}

static int align_down(int n, int align) {
  return align_to(n - align + 1, align);
}

// A missing ';' is reported just after the token it should follow.
Token *expect_semicolon(Token *tok) {
  if (equal(tok, ";"))
    return tok->next;
  if (tok->kind == TK_EOF)
    error_after(tok->prev, "expected ';' at end of input");
  error_after(tok->prev ? tok->prev : tok, "expected ';' before %s", tok_desc(tok));
}

// Between declarators: "," or the ";" that ends the declaration.
Token *expect_decl_separator(Token *tok, char *alternatives) {
  if (equal(tok, ","))
    return tok->next;
  if (tok->kind == TK_EOF)
    error_after(tok->prev, "expected %s at end of input", alternatives);
  error_tok(tok, "expected %s before %s", alternatives, tok_desc(tok));
}

// Skips a balanced parenthesized token sequence starting at "(".
static Token *skip_parens(Token *tok) {
  int depth = 0;
  do {
    if (tok->kind == TK_EOF)
      error_tok(tok, "unbalanced parentheses");
    if (equal(tok, "("))
      depth++;
    else if (equal(tok, ")"))
      depth--;
    tok = tok->next;
  } while (depth > 0);
  return tok;
}

// One GNU attribute, `name` or `name(args)`, at tok: those that change
// code generation go into attr, others are read and ignored.
static Token *gnu_attribute(Token *tok, Attr *attr) {
  char *n = str_ndup(tok->loc, tok->len);
  // "__packed__" and "packed" mean the same.
  if (starts_with(n, "__") && ends_with(n, "__") && strlen(n) > 4)
    n = str_ndup(n + 2, strlen(n) - 4);
  tok = tok->next;

  if (!strcmp(n, "packed")) {
    attr->packed = true;
  } else if (!strcmp(n, "transparent_union")) {
    attr->transparent_union = true;
  } else if (!strcmp(n, "visibility") && equal(tok, "(") && tok->next->kind == TK_STR) {
    char *v = tok->next->str;
    if (strcmp(v, "default") && strcmp(v, "hidden") && strcmp(v, "protected") &&
        strcmp(v, "internal"))
      error_tok(tok->next, "attribute 'visibility' argument must be one of 'default', "
                           "'hidden', 'protected' or 'internal'");
    attr->visibility = v;
    tok = skip(tok->next->next, ")");
  } else if (!strcmp(n, "aligned")) {
    if (equal(tok, "(")) {
      attr->aligned = const_expr(&tok, tok->next);
      tok = skip(tok, ")");
    } else {
      attr->aligned = 16;
    }
  } else if (!strcmp(n, "weak")) {
    attr->weak = true;
  } else if (!strcmp(n, "gnu_inline")) {
    attr->gnu_inline = true;
  } else if (!strcmp(n, "always_inline")) {
    attr->always_inline = true;
  } else if (!strcmp(n, "used")) {
    attr->used = true;
  } else if (!strcmp(n, "noreturn")) {
    attr->noreturn = true;
  } else if (!strcmp(n, "constructor") || !strcmp(n, "destructor")) {
    if (!strcmp(n, "constructor"))
      attr->constructor = true;
    else
      attr->destructor = true;
    if (equal(tok, "(")) {
      attr->priority = const_expr(&tok, tok->next);
      tok = skip(tok, ")");
    }
  } else if (!strcmp(n, "cleanup") && equal(tok, "(")) {
    attr->cleanup = tok->next;
    tok = skip(tok->next->next, ")");
  } else if (!strcmp(n, "mode") && equal(tok, "(")) {
    Token *m = tok->next;
    char *mn = str_ndup(m->loc, m->len);
    if (starts_with(mn, "__") && ends_with(mn, "__") && strlen(mn) > 4)
      mn = str_ndup(mn + 2, strlen(mn) - 4);
    if (!strcmp(mn, "QI") || !strcmp(mn, "byte"))
      attr->mode = 1;
    else if (!strcmp(mn, "HI"))
      attr->mode = 2;
    else if (!strcmp(mn, "SI"))
      attr->mode = 4;
    else if (!strcmp(mn, "DI") || !strcmp(mn, "word") || !strcmp(mn, "pointer"))
      attr->mode = 8;
    else
      error_tok(m, "mode '%s' is not supported", mn);
    tok = skip(m->next, ")");
  } else if (!strcmp(n, "vector_size") && equal(tok, "(")) {
    attr->vector_tok = tok->next;
    attr->vector_size = const_expr(&tok, tok->next);
    tok = skip(tok, ")");
  } else if (!strcmp(n, "alias") && equal(tok, "(") && tok->next->kind == TK_STR) {
    attr->alias = tok->next->str;
    tok = skip(tok->next->next, ")");
  } else if (!strcmp(n, "section") && equal(tok, "(") &&
             tok->next->kind == TK_STR) {
    attr->section = tok->next->str;
    tok = skip(tok->next->next, ")");
  }
  if (equal(tok, "("))
    tok = skip_parens(tok);
  if (equal(tok, "("))
    tok = skip_parens(tok);
  return tok;
}

// C23's standard attributes and gnu::name ones, at tok (a prefix such as
// `gnu::` or `__gnu__::` already read when gnu is set).
static Token *c23_attribute(Token *tok, Attr *attr, bool gnu) {
  if (gnu)
    return gnu_attribute(tok, attr);
  if (equal(tok, "noreturn") || equal(tok, "_Noreturn") || equal(tok, "__noreturn__"))
    attr->noreturn = true;
  // deprecated, fallthrough, maybe_unused, nodiscard, unsequenced,
  // reproducible and the attributes of other vendors change no code here.
  tok = tok->next;
  if (equal(tok, "("))
    tok = skip_parens(tok);
  return tok;
}

// attribute-specifier = "[[" (attribute ("," attribute)*)? "]]"  (C23)
// attribute = (ident "::")? ident ("(" balanced-tokens ")")?
static Token *c23_attribute_specifier(Token *tok, Attr *attr) {
  tok = skip(skip(tok, "["), "[");
  while (!equal(tok, "]")) {
    if (equal(tok, ",")) {
      tok = tok->next;
      continue;
    }
    if (tok->kind != TK_IDENT && tok->kind != TK_KEYWORD)
      error_tok(tok, "expected an attribute name before %s", tok_desc(tok));
    bool gnu = false;
    if (equal(tok->next, ":") && equal(tok->next->next, ":")) {
      gnu = equal(tok, "gnu") || equal(tok, "__gnu__");
      tok = tok->next->next->next;
    }
    tok = c23_attribute(tok, attr, gnu);
  }
  return skip(skip(tok, "]"), "]");
}

bool is_c23_attribute_start(Token *tok) {
  return equal(tok, "[") && equal(tok->next, "[");
}

// attribute = ("__attribute__" "((" attr-item ("," attr-item)* "))")*
//           | "__asm__" "(" string ")"
// Unknown attributes are skipped, as gcc skips them with a warning.
Token *attribute_list(Token *tok, Attr *attr) {
  for (;;) {
    if (is_c23_attribute_start(tok)) {
      tok = c23_attribute_specifier(tok, attr);
      continue;
    }
    if (equal(tok, "__attribute__") || equal(tok, "__attribute")) {
      tok = skip(tok->next, "(");
      tok = skip(tok, "(");
      while (!equal(tok, ")")) {
        if (tok->kind == TK_EOF)
          error_tok(tok, "expected ')'");
        if (equal(tok, ",")) {
          tok = tok->next;
          continue;
        }
        tok = gnu_attribute(tok, attr);
      }
      tok = skip(tok, ")");
      tok = skip(tok, ")");
      continue;
    }
    if (equal(tok, "__asm__") || equal(tok, "__asm") || equal(tok, "asm")) {
      tok = skip(tok->next, "(");
      if (tok->kind != TK_STR)
        error_tok(tok, "expected string literal");
      char *s = "";
      while (tok->kind == TK_STR) {
        s = format("%s%s", s, tok->str);
        tok = tok->next;
      }
      attr->asm_name = s;
      tok = skip(tok, ")");
      continue;
    }
    return tok;
  }
}

// mode(QI/HI/SI/DI) picks an integer type by its size in bytes.
static Type *apply_mode(Type *ty, int mode, Token *tok) {
  if (!mode)
    return ty;
  if (!is_integer(ty))
    error_tok(tok, "mode attribute on a non-integer type");
  static Type **sized[2][9];
  sized[0][1] = &ty_schar;
  sized[1][1] = &ty_uchar;
  sized[0][2] = &ty_short;
  sized[1][2] = &ty_ushort;
  sized[0][4] = &ty_int;
  sized[1][4] = &ty_uint;
  sized[0][8] = &ty_long;
  sized[1][8] = &ty_ulong;
  return *sized[ty->is_unsigned][mode];
}

Token *skip_attributes(Token *tok) {
  Attr attr = {0};
  return attribute_list(tok, &attr);
}

// A basic type specifier is counted in its own bit field of a counter
// (two bits each: `long long` is two longs), so that the sum names the
// combination, looked up in basic_type().
enum {
  VOID = 1 << 0,
  BOOL = 1 << 2,
  CHAR = 1 << 4,
  SHORT = 1 << 6,
  INT = 1 << 8,
  LONG = 1 << 10,
  FLOAT = 1 << 12,
  DOUBLE = 1 << 14,
  OTHER = 1 << 16,
  SIGNED = 1 << 17,
  UNSIGNED = 1 << 18,
  INT128 = 1 << 19, // [GNU] __int128
};

// [GNU] __auto_type: the type a variable takes from its initializer.
// declspec() returns this placeholder; local_declarator() replaces it.
static Type auto_placeholder = {.kind = TY_VOID, .size = 1, .align = 1};

static bool is_auto_type(Type *ty) {
  return unqual(ty) == &auto_placeholder;
}

// What declspec() has read so far.
typedef struct {
  Type *ty;
  int counter;
  bool is_const, is_volatile, is_complex, is_atomic;
  bool is_auto; // `auto`: C23 infers the type when no other says it
  Attr vector; // vector_size among the specifiers: applies to their type
  int mode;    // so does mode(QI/HI/SI/DI), first
  Token *bitint; // `_BitInt(N)`, whose width is bitint_width
  int bitint_width;
} Specs;

// The type a combination of basic type specifiers names.
static Type *basic_type(int counter, Token *tok) {
  switch (counter) {
  case VOID:
    return ty_void;
  case BOOL:
    return ty_bool;
  case CHAR:
    return ty_char;
  case SIGNED + CHAR:
    return ty_schar;
  case UNSIGNED + CHAR:
    return ty_uchar;
  case SHORT:
  case SHORT + INT:
  case SIGNED + SHORT:
  case SIGNED + SHORT + INT:
    return ty_short;
  case UNSIGNED + SHORT:
  case UNSIGNED + SHORT + INT:
    return ty_ushort;
  case INT:
  case SIGNED:
  case SIGNED + INT:
    return ty_int;
  case UNSIGNED:
  case UNSIGNED + INT:
    return ty_uint;
  case LONG:
  case LONG + INT:
  case SIGNED + LONG:
  case SIGNED + LONG + INT:
    return ty_long;
  case LONG + LONG:
  case LONG + LONG + INT:
  case SIGNED + LONG + LONG:
  case SIGNED + LONG + LONG + INT:
    return ty_llong;
  case UNSIGNED + LONG:
  case UNSIGNED + LONG + INT:
    return ty_ulong;
  case UNSIGNED + LONG + LONG:
  case UNSIGNED + LONG + LONG + INT:
    return ty_ullong;
  case FLOAT:
    return ty_float;
  case DOUBLE:
    return ty_double;
  case LONG + DOUBLE:
    return ty_ldouble;
  case INT128:
  case SIGNED + INT128:
    return ty_int128;
  case UNSIGNED + INT128:
    return ty_uint128;
  default:
    error_tok(tok, "two or more data types in declaration specifiers");
  }
}

// Adds a basic type specifier (`long`, `unsigned`, ...) to the counter.
static void basic_type_specifier(Token *tok, Specs *s) {
  static struct { char *name; int bit; } words[] = {
      {"void", VOID},       {"_Bool", BOOL},         {"bool", BOOL},
      {"char", CHAR},       {"short", SHORT},        {"int", INT},
      {"long", LONG},       {"float", FLOAT},        {"double", DOUBLE},
      {"signed", SIGNED},   {"__signed", SIGNED},    {"__signed__", SIGNED},
      {"unsigned", UNSIGNED}, {"__int128", INT128},     {"__int128__", INT128},
  };
  for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++) {
    if (!equal(tok, words[i].name))
      continue;
    // signed and unsigned are flags: `unsigned unsigned` is unsigned.
    if (words[i].bit == SIGNED || words[i].bit == UNSIGNED)
      s->counter |= words[i].bit;
    else
      s->counter += words[i].bit;
    s->ty = basic_type(s->counter, tok);
    return;
  }
  error_tok(tok, "internal error: unexpected type specifier");
}

// storage-class = "typedef" | "static" | "extern" | "inline" | "__inline"
//               | "__inline__" | "_Thread_local" | "__thread"
static bool storage_class(Token **rest, Token *tok, VarAttr *attr) {
  bool tls = equal(tok, "_Thread_local") || equal(tok, "__thread") ||
             is_c23_keyword(tok, "thread_local");
  if (!(equal(tok, "typedef") || equal(tok, "static") || equal(tok, "extern") ||
        equal(tok, "inline") || equal(tok, "__inline") || equal(tok, "__inline__") || tls))
    return false;
  if (!attr)
    error_tok(tok, "storage class specifier is not allowed in this context");

  if (equal(tok, "typedef"))
    attr->is_typedef = true;
  else if (equal(tok, "static"))
    attr->is_static = true;
  else if (equal(tok, "extern"))
    attr->is_extern = true;
  else if (tls)
    attr->is_tls = true;
  else
    attr->is_inline = true;

  if (attr->is_typedef + attr->is_static + attr->is_extern > 1)
    error_tok(tok, "multiple storage classes in declaration specifiers");
  *rest = tok->next;
  return true;
}

// mode and vector_size among the specifiers belong to the specifiers'
// type, not to each declarator: declspec() applies them.
static void type_attributes(Specs *s, Attr *a) {
  if (a->mode)
    s->mode = a->mode;
  if (a->vector_size)
    s->vector = *a;
  a->mode = a->vector_size = 0;
}

// Qualifiers, alignment, attributes and the specifiers that change
// nothing here (auto, restrict, _Noreturn as a type's; register only
// gives a local an asm register name).
static bool qualifier(Token **rest, Token *tok, Specs *s, VarAttr *attr) {
  if (equal(tok, "const") || equal(tok, "__const") || equal(tok, "__const__")) {
    s->is_const = true;
  } else if (equal(tok, "volatile") || equal(tok, "__volatile") || equal(tok, "__volatile__")) {
    s->is_volatile = true;
  } else if (equal(tok, "_Noreturn")) {
    if (attr)
      attr->is_noreturn = true;
  } else if (is_c23_keyword(tok, "constexpr")) {
    if (!attr)
      error_tok(tok, "'constexpr' is not allowed in this context");
    attr->is_constexpr = true;
    s->is_const = true;
  } else if (equal(tok, "auto")) {
    s->is_auto = true;
  } else if (equal(tok, "register")) {
    if (attr)
      attr->is_register = true;
  } else if (equal(tok, "restrict") ||
             equal(tok, "__restrict") || equal(tok, "__restrict__") ||
             equal(tok, "__extension__")) {
    // nothing to record
  } else if (equal(tok, "__attribute__") || equal(tok, "__attribute") ||
             is_c23_attribute_start(tok)) {
    if (!attr) {
      Attr a = {0};
      *rest = attribute_list(tok, &a);
      type_attributes(s, &a);
      return true;
    }
    *rest = attribute_list(tok, &attr->gnu);
    if (attr->gnu.aligned > attr->align)
      attr->align = attr->gnu.aligned;
    type_attributes(s, &attr->gnu);
    return true;
  } else {
    return false;
  }
  *rest = tok->next;
  return true;
}

// alignment-specifier = "_Alignas" "(" (type-name | const-expr) ")"
static Token *alignas_specifier(Token *tok, VarAttr *attr) {
  if (!attr)
    error_tok(tok, "_Alignas is not allowed in this context");
  tok = skip(tok->next, "(");
  int align;
  if (is_typename(tok))
    align = typename(&tok, tok)->align;
  else
    align = const_expr(&tok, tok);
  if (align > attr->align)
    attr->align = align;
  return skip(tok, ")");
}

// A struct, union, enum, typeof or typedef name: the whole type at once.
static Type *named_type(Token **rest, Token *tok, Type *typedef_ty) {
  if (equal(tok, "struct"))
    return struct_decl(rest, tok->next);
  if (equal(tok, "union"))
    return union_decl(rest, tok->next);
  if (equal(tok, "enum"))
    return enum_specifier(rest, tok->next);
  if (equal(tok, "typeof") || equal(tok, "__typeof") || equal(tok, "__typeof__"))
    return typeof_specifier(rest, tok->next);
  if (is_c23_keyword(tok, "typeof_unqual"))
    return unqual(typeof_specifier(rest, tok->next));
  *rest = tok->next;
  return typedef_ty;
}

static bool starts_named_type(Token *tok, Type *typedef_ty) {
  return equal(tok, "struct") || equal(tok, "union") || equal(tok, "enum") ||
         equal(tok, "typeof") || equal(tok, "__typeof") || equal(tok, "__typeof__") ||
         is_c23_keyword(tok, "typeof_unqual") || typedef_ty;
}

// bitint-specifier = "_BitInt" "(" const-expr ")"  (C23)
static Token *bitint_specifier(Token *tok, Specs *s) {
  if (s->bitint)
    error_tok(tok, "two or more data types in declaration specifiers");
  s->bitint = tok;
  tok = skip(tok->next, "(");
  Token *width = tok;
  int64_t n = const_expr(&tok, tok);
  if (n > 128)
    error_tok(width, "_BitInt wider than 128 bits is not supported (BITINT_MAXWIDTH is 128)");
  if (n < 1)
    error_tok(width, "_BitInt must have a width of at least 1");
  s->bitint_width = n;
  return skip(tok, ")");
}

// The _BitInt type the specifiers name: signed or unsigned go with it, no
// other basic type does.
static Type *bitint_of(Specs *s) {
  if ((s->counter & ~(SIGNED | UNSIGNED)) || s->is_complex)
    error_tok(s->bitint, "two or more data types in declaration specifiers");
  bool is_unsigned = s->counter & UNSIGNED;
  if (!is_unsigned && s->bitint_width < 2)
    error_tok(s->bitint, "signed _BitInt must have a width of at least 2");
  return bitint_type(s->bitint_width, is_unsigned);
}

// declspec = (storage-class | qualifier | alignment-specifier
//             | "_Atomic" ("(" type-name ")")?
//             | struct-decl | union-decl | enum-specifier
//             | typeof-specifier | typedef-name
//             | "void" | "_Bool" | "char" | "short" | "int" | "long"
//             | "float" | "double" | "signed" | "unsigned" | "_Complex"
//             | "__int128")+
//
// The order of typenames in a type-specifier doesn't matter.  For example,
// `int long static` means the same as `static long int`.  That can also be
// written as `static long` because you can omit `int` if `long` or `short`
// are specified.
Type *declspec(Token **rest, Token *tok, VarAttr *attr) {
  Specs s = {.ty = ty_int};
  Token *start = tok, *atomic = NULL;

  while (is_typename(tok)) {
    if (storage_class(&tok, tok, attr) || qualifier(&tok, tok, &s, attr))
      continue;

    if (equal(tok, "_Atomic")) {
      s.is_atomic = true;
      atomic = tok;
      tok = tok->next;
      if (equal(tok, "(")) {
        s.ty = typename(&tok, tok->next);
        tok = skip(tok, ")");
        if (s.counter)
          error_tok(tok, "two or more data types in declaration specifiers");
        s.counter += OTHER;
      }
      continue;
    }

    if (equal(tok, "_Alignas") || is_c23_keyword(tok, "alignas")) {
      tok = alignas_specifier(tok, attr);
      continue;
    }

    if (equal(tok, "__auto_type")) {
      if (s.counter)
        error_tok(tok, "two or more data types in declaration specifiers");
      s.ty = &auto_placeholder;
      s.counter += OTHER;
      tok = tok->next;
      continue;
    }

    if (equal(tok, "_BitInt")) {
      tok = bitint_specifier(tok, &s);
      continue;
    }

    Type *typedef_ty = find_typedef(tok);
    if (starts_named_type(tok, typedef_ty)) {
      if (s.counter || s.bitint)
        break;
      s.ty = named_type(&tok, tok, typedef_ty);
      s.counter += OTHER;
      continue;
    }

    if (equal(tok, "_Complex") || equal(tok, "__complex__") || equal(tok, "__complex")) {
      s.is_complex = true;
      tok = tok->next;
      if (s.counter == 0)
        s.ty = ty_double; // `_Complex` alone is complex double
      continue;
    }

    basic_type_specifier(tok, &s);
    tok = tok->next;
  }

  if (tok == start)
    error_tok(tok, "expected a type name");
  if (s.bitint)
    s.ty = bitint_of(&s);
  if (s.is_auto && !s.counter && !s.is_complex && opt_std >= 202311)
    s.ty = &auto_placeholder;
  if (s.is_complex) {
    if (!is_numeric(s.ty) || s.ty->kind == TY_BOOL)
      error_tok(start, "invalid complex type");
    // C23 has no complex _BitInt; 9cc's complex arithmetic would not wrap
    // its parts at N bits (a typedef name gets this far).
    if (s.ty->bit_width && s.ty->kind != TY_ENUM)
      error_tok(start, "both 'complex' and '_BitInt' in declaration specifiers");
    s.ty = complex_type(s.counter ? s.ty : ty_double);
  }
  if (s.mode)
    s.ty = apply_mode(s.ty, s.mode, start);
  if (s.vector.vector_size)
    s.ty = vector_of(s.ty, s.vector.vector_size, s.vector.vector_tok);
  // As clang does: an atomic read-modify-write would not wrap at N bits.
  if (s.is_atomic && s.ty->bit_width)
    error_tok(atomic, "_Atomic _BitInt is not supported");
  *rest = tok;
  Type *ty = qualified_type(s.ty, s.is_const, s.is_volatile);
  return s.is_atomic ? atomic_type(ty) : ty;
}

// func-params = ("void" | param ("," param)* ("," "...")?)? ")"
// param       = declspec declarator
//             | ident                  (K&R identifier list)
static Type *func_params(Token **rest, Token *tok, Type *ty) {
  if (equal(tok, "void") && equal(tok->next, ")")) {
    *rest = tok->next->next;
    return func_type(ty);
  }

  Type head = {0};
  Type *cur = &head;
  bool is_variadic = false;
  bool is_oldstyle = false;

  if (equal(tok, ")"))
    is_oldstyle = true; // "()" declares no prototype
  else if (tok->kind == TK_IDENT && !find_typedef(tok))
    is_oldstyle = true; // K&R identifier list

  // Earlier parameters are visible to later ones: `int n, int a[n]`.
  enter_scope();
  while (!equal(tok, ")")) {
    if (cur != &head)
      tok = expect_decl_separator(tok, "';', ',' or ')'");

    if (equal(tok, "...")) {
      is_variadic = true;
      tok = tok->next;
      skip(tok, ")");
      break;
    }

    Type *ty2;
    if (is_oldstyle) {
      // The types come from the declarations after ")".  Until then int.
      if (tok->kind != TK_IDENT)
        error_tok(tok, "expected identifier");
      ty2 = copy_type(ty_int);
      ty2->name = keep_token(tok);
      ty2->is_oldstyle = true; // marks a K&R parameter without a type yet
      tok = tok->next;
    } else {
      Token *start = tok;
      Type *basety = declspec(&tok, tok, NULL);
      ty2 = declarator(&tok, tok, basety);
      tok = skip_attributes(tok);
      // `(void)` alone declares no parameters; a void one among others is
      // an error.  (A typedef for void, or a named void, alone is left as
      // it was: gcc refuses those only in a definition.)
      if (ty2->kind == TY_VOID && (cur != &head || !equal(tok, ")")))
        error_tok(start, "'void' must be the only parameter");
    }

    Token *name = ty2->name;
    if (name && hashmap_get_n(&scope->vars, name->loc, name->len))
      error_tok(name, "redefinition of parameter '%.*s'", name->len, name->loc);

    if (ty2->kind == TY_ARRAY || ty2->kind == TY_VLA) {
      // "array of T" is converted to "pointer to T" only in the parameter
      // context.  For example, *argv[] is converted to **argv by this.
      // A VLA's size is still evaluated when the function starts.
      Node *len = ty2->kind == TY_VLA ? ty2->vla_len : NULL;
      ty2 = pointer_to(ty2->base);
      ty2->name = keep_token(name);
      ty2->vla_len = len;
    } else if (ty2->kind == TY_FUNC) {
      // Likewise, a function is converted to a pointer to a function.
      ty2 = pointer_to(ty2);
      ty2->name = keep_token(name);
    }

    cur = cur->next = copy_type(ty2);
    if (name) {
      // The object stands for the parameter in later parameters' array
      // sizes; the definition adopts it as the real parameter.
      Obj *var = xcalloc(1, sizeof(Obj));
      var->name = get_ident(name);
      var->ty = cur;
      var->align = cur->align;
      var->is_local = true;
      var->tok = keep_token(name);
      cur->param_obj = var;
      push_scope(var->name)->var = var;
    }
  }
  leave_scope();

  if (cur == &head)
    is_variadic = is_variadic || is_oldstyle;

  ty = func_type(ty);
  ty->params = head.next;
  ty->is_variadic = is_variadic;
  ty->is_oldstyle = is_oldstyle;
  *rest = tok->next;
  return ty;
}

// The name being declared, for diagnostics about the type built for it.
static Token *decl_name;

static char *decl_name_str(void) {
  return decl_name ? format(" '%.*s'", decl_name->len, decl_name->loc) : "";
}

static Token *decl_name_pos(Token *tok) {
  return decl_name ? decl_name : tok;
}

// array-dimensions = ("static" | "restrict" | "const" | "volatile")*
//                    (const-expr | "*")? "]" type-suffix
static Type *array_dimensions(Token **rest, Token *tok, Type *ty) {
  while (equal(tok, "static") || equal(tok, "restrict") || equal(tok, "const") ||
         equal(tok, "volatile") || equal(tok, "__restrict") || equal(tok, "__restrict__"))
    tok = tok->next;

  // `[*]`, in a prototype, is a VLA of a size to be given by the
  // definition: like `[]` for the parameter's type.
  if (equal(tok, "*") && equal(tok->next, "]"))
    tok = tok->next;
  if (equal(tok, "]")) {
    tok = tok->next;
    if (is_c23_attribute_start(tok))
      tok = skip_attributes(tok);
    ty = type_suffix(rest, tok, ty);
    return array_of(ty, -1);
  }

  Token *start = tok;
  Node *expr = conditional(&tok, tok);
  tok = skip(tok, "]");
  // C23: attributes of the array type, `int a[3] [[maybe_unused]]`.
  if (is_c23_attribute_start(tok))
    tok = skip_attributes(tok);
  ty = type_suffix(rest, tok, ty);

  add_type(expr);
  if (!is_integer(expr->ty))
    error_tok(decl_name_pos(start), "size of array%s has non-integer type", decl_name_str());

  if (ty->kind == TY_VLA || !is_const_expr(expr))
    return vla_of(ty, expr);
  int64_t len = eval(expr);
  if (len < 0)
    error_tok(decl_name_pos(start), "size of array%s is negative", decl_name_str());
  if ((int64_t)ty->size * len > INT32_MAX)
    error_tok(decl_name_pos(start), "size of array%s is too large", decl_name_str());
  return array_of(ty, len);
}

// type-suffix = "(" func-params
//             | "[" array-dimensions
//             | ε
static Type *type_suffix(Token **rest, Token *tok, Type *ty) {
  if (equal(tok, "(")) {
    Token *name = decl_name;
    Type *fn = func_params(&tok, tok->next, ty);
    decl_name = name;
    // C23: attributes of the function type, `int f(int) [[unsequenced]]`.
    if (is_c23_attribute_start(tok))
      tok = skip_attributes(tok);
    // Suffixes after the parameter list apply to the return type:
    // `int f(void)[3]` would return an array.
    ty = type_suffix(rest, tok, ty);
    fn->return_ty = ty;
    if (ty->kind == TY_FUNC)
      error_tok(decl_name_pos(tok), "%sdeclared as function returning a function",
                decl_name ? format("'%.*s' ", decl_name->len, decl_name->loc) : "");
    if (ty->kind == TY_ARRAY || ty->kind == TY_VLA)
      error_tok(decl_name_pos(tok), "%sdeclared as function returning an array",
                decl_name ? format("'%.*s' ", decl_name->len, decl_name->loc) : "");
    return fn;
  }

  if (equal(tok, "[") && !is_c23_attribute_start(tok)) {
    Type *arr = array_dimensions(rest, tok->next, ty);
    if (ty->kind == TY_FUNC)
      error_tok(decl_name_pos(tok), "declaration of%s as array of functions",
                decl_name_str());
    if (ty->kind == TY_VOID)
      error_tok(decl_name_pos(tok), "declaration of%s as array of voids", decl_name_str());
    return arr;
  }

  *rest = tok;
  return ty;
}

// pointers = ("*" ("const" | "volatile" | "restrict" | "_Atomic" | attribute)*)*
Type *pointers(Token **rest, Token *tok, Type *ty) {
  while (consume(&tok, tok, "*")) {
    ty = pointer_to(ty);
    bool is_const = false, is_volatile = false, is_atomic = false;
    for (;;) {
      if (equal(tok, "const") || equal(tok, "__const") || equal(tok, "__const__"))
        is_const = true;
      else if (equal(tok, "volatile") || equal(tok, "__volatile") ||
               equal(tok, "__volatile__"))
        is_volatile = true;
      else if (equal(tok, "_Atomic"))
        is_atomic = true;
      else if (equal(tok, "restrict") || equal(tok, "__restrict") || equal(tok, "__restrict__"))
        ;
      else if (equal(tok, "__attribute__") || equal(tok, "__attribute") ||
               is_c23_attribute_start(tok)) {
        tok = skip_attributes(tok);
        continue;
      } else
        break;
      tok = tok->next;
    }
    ty = qualified_type(ty, is_const, is_volatile);
    if (is_atomic)
      ty = atomic_type(ty);
  }
  *rest = tok;
  return ty;
}

// Whether "(" at tok opens a nested declarator, `(*fp)`, rather than a
// parameter list: what follows, past any attributes, is no type and no ")".
static bool starts_nested_declarator(Token *tok) {
  if (!equal(tok, "("))
    return false;
  Token *next = skip_attributes(tok->next);
  return !is_typename(next) && !equal(next, ")");
}

// The ")" closing the "(" at open, or NULL if the parentheses are
// unbalanced.  A nested declarator applies to what the suffix after its
// ")" makes, so the suffix is parsed first; finding the ")" by parsing
// the inner declarator would parse every level twice, 2^depth times in
// all.  One scan records the ")" of every "(" inside (an open "(" keeps
// the "(" around it in `closer` meanwhile), and a later scan jumps over
// what an earlier one matched: linear in all.
static Token *closing_paren(Token *open) {
  Token *inner = NULL; // the innermost "(" still open
  for (Token *t = open; t->kind != TK_EOF; t = t->next) {
    if (equal(t, "(")) {
      if (t->closer && t != open) {
        t = t->closer;
        continue;
      }
      t->closer = inner;
      inner = t;
    } else if (equal(t, ")")) {
      Token *outer = inner->closer;
      inner->closer = t;
      if (inner == open)
        return t;
      inner = outer;
    }
  }
  while (inner) { // unbalanced: undo the links to open parentheses
    Token *outer = inner->closer;
    inner->closer = NULL;
    inner = outer;
  }
  return NULL;
}

// The type a nested declarator "(" D ")" suffix at tok declares: D
// applied to the suffix applied to ty.  decl is declarator() or
// abstract_declarator().
static Type *nested_declarator(Token **rest, Token *tok, Type *ty,
                               Type *(*decl)(Token **, Token *, Type *)) {
  Token *close = tok->closer ? tok->closer : closing_paren(tok);
  if (!close) { // unbalanced: parse to say where a ")" is missing
    Type dummy = {.kind = TY_INT, .size = 4, .align = 4};
    decl(&tok, tok->next, &dummy);
    skip(tok, ")");
    error_tok(tok, "expected ')'");
  }
  ty = type_suffix(rest, close->next, ty);
  Token *end;
  ty = decl(&end, tok->next, ty);
  if (end != close)
    skip(end, ")");
  return ty;
}

// declarator = pointers ("(" ident ")" | "(" declarator ")" | ident) type-suffix
Type *declarator(Token **rest, Token *tok, Type *ty) {
  ty = pointers(&tok, skip_attributes(tok), ty);
  tok = skip_attributes(tok);

  if (starts_nested_declarator(tok))
    return nested_declarator(rest, tok, ty, declarator);

  Token *name = NULL;
  Token *name_pos = tok;

  if (tok->kind == TK_IDENT) {
    name = tok;
    tok = tok->next;
  }

  Token *outer = decl_name;
  decl_name = name;
  ty = type_suffix(rest, tok, ty);
  decl_name = outer;
  ty->name = keep_token(name);
  ty->name_pos = name_pos == name ? ty->name : keep_token(name_pos);
  return ty;
}

// abstract-declarator = pointers ("(" abstract-declarator ")")? type-suffix
static Type *abstract_declarator(Token **rest, Token *tok, Type *ty) {
  ty = pointers(&tok, skip_attributes(tok), ty);
  tok = skip_attributes(tok);

  if (starts_nested_declarator(tok))
    return nested_declarator(rest, tok, ty, abstract_declarator);

  return type_suffix(rest, tok, ty);
}

// type-name = declspec abstract-declarator
Type *typename(Token **rest, Token *tok) {
  Type *ty = declspec(&tok, tok, NULL);
  return abstract_declarator(rest, tok, ty);
}

bool is_end(Token *tok) {
  return equal(tok, "}") || (equal(tok, ",") && equal(tok->next, "}"));
}

bool consume_end(Token **rest, Token *tok) {
  if (equal(tok, "}")) {
    *rest = tok->next;
    return true;
  }

  if (equal(tok, ",") && equal(tok->next, "}")) {
    *rest = tok->next->next;
    return true;
  }

  return false;
}

// Whether an enumerator's value, of type ty, fits in an int.
static bool fits_int(int64_t val, Type *ty) {
  if (ty->size == 8 && ty->is_unsigned)
    return (uint64_t)val <= INT32_MAX;
  return val >= INT32_MIN && val <= INT32_MAX;
}

// The type of a complete enum without a fixed underlying type, as gcc
// chooses it: unsigned int, or int if a value is negative, when all
// values fit in 32 bits; else unsigned long, or long.  An enumerator
// whose value does not fit in an int then has that type (an int
// otherwise).
static void choose_enum_type(Type *ty, VarScope **scs, int n) {
  bool negative = false, over_int = false, over_uint = false;
  for (int i = 0; i < n; i++) {
    int64_t v = scs[i]->enum_val;
    Type *vty = scs[i]->enum_const_ty;
    if (vty && vty->size == 8 && vty->is_unsigned && v < 0) { // over LONG_MAX
      over_int = over_uint = true;
      continue;
    }
    negative |= v < 0;
    over_int |= v < INT32_MIN || v > INT32_MAX;
    over_uint |= v < 0 || v > UINT32_MAX;
  }
  bool wide = negative ? over_int : over_uint;
  ty->is_unsigned = !negative;
  ty->size = ty->align = wide ? 8 : 4;
  Type *as_int = wide ? (negative ? ty_long : ty_ulong) : (negative ? ty_int : ty_uint);
  for (int i = 0; i < n; i++)
    if (scs[i]->enum_const_ty)
      scs[i]->enum_const_ty = as_int;
}

// enum-specifier = ident? "{" enum-list? "}"
//                | ident ("{" enum-list? "}")?
//
// enum-list      = ident ("=" num)? ("," ident ("=" num)?)* ","?
static Type *enum_specifier(Token **rest, Token *tok) {
  Type *ty = enum_type();
  Attr attr = {0};
  tok = attribute_list(tok, &attr);

  // Read a struct tag.
  Token *tag = NULL;
  if (tok->kind == TK_IDENT) {
    tag = tok;
    tok = tok->next;
  }

  // C23: `enum E : unsigned char { ... }` has a fixed underlying type.
  Type *fixed = NULL;
  if (equal(tok, ":") && is_typename(tok->next)) {
    Token *start = tok->next;
    fixed = unqual(declspec(&tok, tok->next, NULL));
    if (!is_integer(fixed) || fixed->kind == TY_ENUM || fixed->bit_width)
      error_tok(start, "invalid underlying type '%s' of an enumeration", type_name(fixed));
    ty->size = fixed->size;
    ty->align = fixed->align;
    ty->is_unsigned = fixed->is_unsigned;
  }

  // A definition completes an enum declared earlier in the same scope.
  if (tag && equal(tok, "{")) {
    Type *prev = hashmap_get_n(&scope->tags, tag->loc, tag->len);
    if (prev && prev->kind == TY_ENUM)
      ty = prev;
  }

  if (tag && !equal(tok, "{")) {
    Type *prev = find_tag(tag);
    if (prev) {
      if (prev->kind != TY_ENUM)
        error_tok(tag, "'%.*s' defined as wrong kind of tag", tag->len, tag->loc);
      *rest = tok;
      return prev;
    }
    // A forward declaration of an enum, as gcc allows.
    push_tag_scope(tag, ty);
    *rest = tok;
    return ty;
  }

  tok = skip(tok, "{");

  // Read an enum-list.
  int i = 0;
  int64_t val = 0;
  Type *val_ty = ty_int; // the last value's type, in which the next is counted
  VarScope *first = NULL;
  VarScope **scs = NULL;
  int n = 0;
  EnumConst **last = &ty->enums;
  while (!consume_end(rest, tok)) {
    if (i++ > 0)
      tok = skip(tok, ",");

    Token *name_tok = tok;
    char *name = get_ident(tok);
    tok = skip_attributes(tok->next);

    if (equal(tok, "=")) {
      Node *node = conditional(&tok, tok->next);
      add_type(node);
      val = eval(node);
      val_ty = is_integer(node->ty) && node->ty->size == 8 ? node->ty : ty_int;
      if (is_integer(node->ty) && node->ty->size == 4 && node->ty->is_unsigned)
        val_ty = ty_uint;
    } else if (i > 1 && !fixed) {
      // The value after the last, in the last's type (gcc).
      int64_t past = val_ty->size == 8 ? (val_ty->is_unsigned ? 0 : INT64_MIN)
                                       : (val_ty->is_unsigned ? (int64_t)UINT32_MAX : INT32_MAX) + 1;
      if (val == past)
        error_tok(name_tok, "overflow in enumeration values");
    }
    if (!fixed && fits_int(val, val_ty))
      val_ty = ty_int;
    if (fixed && truncate_int(val, fixed) != val &&
        !(fixed->is_unsigned && fixed->size == 8))
      error_tok(tok->prev, "enumerator value %ld is outside the range of its underlying type '%s'",
                (long)val, type_name(fixed));

    VarScope *old = hashmap_get(&scope->vars, name);
    if (old)
      error_tok(name_tok, old->enum_ty ? "redeclaration of enumerator '%s'"
                                       : "'%s' redeclared as different kind of symbol", name);
    VarScope *sc = push_scope(name);
    sc->enum_ty = ty;
    sc->enum_val = val;
    // An enumerator of a C23 enum with a 64-bit underlying type has that
    // type's width.
    if (fixed && fixed->size == 8)
      sc->enum_const_ty = fixed->is_unsigned ? ty_ulong : ty_long;
    else if (!fixed && val_ty != ty_int)
      sc->enum_const_ty = val_ty;
    *last = xcalloc(1, sizeof(EnumConst));
    (*last)->name = name;
    (*last)->val = val;
    last = &(*last)->next;
    if (!first)
      first = sc;
    scs = realloc(scs, sizeof(*scs) * (n + 1));
    scs[n++] = sc;
    val = (int64_t)((uint64_t)val + 1);
  }

  if (!fixed)
    choose_enum_type(ty, scs, n);
  ty->tag = keep_token(tag);

  // A packed enum takes the smallest integer type that holds its values.
  *rest = attribute_list(*rest, &attr);
  if (attr.packed || (opt_short_enums && !fixed)) {
    int64_t lo = 0, hi = 0;
    for (int j = 0; j < n; j++) {
      if (scs[j]->enum_val < lo)
        lo = scs[j]->enum_val;
      if (scs[j]->enum_val > hi)
        hi = scs[j]->enum_val;
    }
    int size = ty->size;
    if (lo >= 0 ? hi <= 0xff : (lo >= -128 && hi <= 127))
      size = 1;
    else if (lo >= 0 ? hi <= 0xffff : (lo >= -32768 && hi <= 32767))
      size = 2;
    ty->size = ty->align = size;
  }
  free(scs);

  if (tag)
    push_tag_scope(tag, ty);
  return ty;
}

// typeof-specifier = "(" (expr | typename) ")"
static Type *typeof_specifier(Token **rest, Token *tok) {
  tok = skip(tok, "(");

  Type *ty;
  if (is_typename(tok)) {
    ty = typename(&tok, tok);
  } else {
    Node *node = expr(&tok, tok);
    add_type(node);
    ty = node->ty;
  }
  *rest = skip(tok, ")");
  return ty;
}

static bool has_vla(Type *ty) {
  for (; ty; ty = ty->base)
    if (ty->kind == TY_VLA)
      return true;
  return false;
}

// Generates code for computing a VLA size.
Node *compute_vla_size(Type *ty, Token *tok) {
  Node *node = new_node(ND_NULL_EXPR, tok);
  if (ty->base)
    node = new_binary(ND_COMMA, node, compute_vla_size(ty->base, tok), tok);

  // A VLA typedef fixed its size when it was declared.
  if (ty->kind != TY_VLA || ty->vla_size)
    return node;

  Node *base_sz;
  if (ty->base->kind == TY_VLA)
    base_sz = new_var_node(ty->base->vla_size, tok);
  else
    base_sz = new_num(ty->base->size, tok);

  ty->vla_size = new_lvar("", ty_ulong);
  Node *expr = new_binary(ND_ASSIGN, new_var_node(ty->vla_size, tok),
                          new_binary(ND_MUL, new_cast(ty->vla_len, ty_ulong),
                                     base_sz, tok),
                          tok);
  return new_binary(ND_COMMA, node, expr, tok);
}

Node *new_alloca(Node *sz) {
  Node *node = new_unary(ND_ALLOCA, new_cast(sz, ty_ulong), sz->tok);
  add_type(node);
  return node;
}

// A block-scope function declaration refers to a global function.
static void local_function_decl(Type *ty, char *name, Attr *gattr) {
  VarScope *sc = find_var(ty->name);
  Obj *prev_fn = sc && sc->var && sc->var->is_function ? sc->var : find_func(name);
  if (prev_fn) {
    Type *prev = prev_fn->ty;
    if (!is_compatible(prev, ty) && !prev->is_oldstyle && !ty->is_oldstyle)
      error_tok(ty->name, "conflicting types for '%s'", name);
    push_scope(name)->var = prev_fn;
    return;
  }
  Obj *fn = xcalloc(1, sizeof(Obj));
  fn->name = name;
  fn->ty = ty;
  fn->tok = ty->name;
  fn->is_function = true;
  fn->asm_name = gattr->asm_name;
  push_scope(name)->var = fn;
  note_block_extern(fn);
  // Keep it in the global list so codegen can see it is external.
  fn->next = globals;
  globals = fn;
}

// `static int x = ...;` in a block: a global only this scope can name.
static Token *static_local(Token *tok, Type *ty, char *name, VarAttr *attr, Attr *gattr) {
  Obj *var = new_anon_gvar(ty);
  var->tok = ty->name;
  push_scope(name)->var = var;
  if (current_fn) {
    var->local_name = name;
    var->next_static = current_fn->statics;
    current_fn->statics = var;
  }
  if (attr->align)
    var->align = attr->align;
  if (gattr->aligned > var->align)
    var->align = gattr->aligned;
  var->is_tls = attr->is_tls;
  if (equal(tok, "="))
    gvar_initializer(&tok, tok->next, var);
  else if (ty->kind == TY_ARRAY && ty->array_len < 0)
    error_tok(ty->name, "array size missing in '%s'", name);
  return tok;
}

// `extern int x;` in a block: the global x, declared if it is not yet.
static void extern_local(Type *ty, char *name, Attr *gattr) {
  VarScope *sc = find_var(ty->name);
  Obj *prev_var = sc && sc->var && !sc->var->is_local ? sc->var : find_block_extern(name);
  if (prev_var && !prev_var->is_function) {
    Type *prev = prev_var->ty;
    // `extern int a[];` may name `int a[10]`, and the other way round.
    bool arrays = prev->kind == TY_ARRAY && ty->kind == TY_ARRAY &&
                  (prev->array_len < 0 || ty->array_len < 0) &&
                  is_compatible(prev->base, ty->base);
    if (!arrays && !is_compatible(unqual(prev), unqual(ty)))
      error_tok(ty->name, "conflicting types for '%s'", name);
    push_scope(name)->var = prev_var;
    return;
  }
  Obj *var = new_gvar(name, ty);
  var->is_definition = false;
  var->is_static = false;
  var->tok = ty->name;
  if (gattr->asm_name)
    var->asm_name = gattr->asm_name;
  // Move to a fresh scope entry so it is visible here.
  push_scope(name)->var = var;
  note_block_extern(var);
}

// Variable length arrays (VLAs) are translated to alloca() calls: `int
// x[n+2]` is `tmp = n + 2, x = alloca(tmp)`, after saving rsp so that
// leaving the scope frees it.  Returns the last statement added.
static Node *vla_local(Node *cur, Token *tok, Type *ty, char *name) {
  if (equal(tok, "="))
    error_tok(tok, "variable-sized object may not be initialized");

  Obj *sp = new_lvar("", pointer_to(ty_void));
  sp->vla_outer = live_vla;
  live_vla = sp;
  cur = cur->next = new_unary(ND_EXPR_STMT, new_sp_node(ND_SP_SAVE, sp, tok), tok);

  Obj *var = new_lvar(name, ty);
  var->tok = ty->name;
  Token *at = ty->name;
  Node *expr = new_binary(ND_ASSIGN, new_vla_ptr(var, at),
                          new_alloca(new_var_node(ty->vla_size, at)), at);
  return cur->next = new_unary(ND_EXPR_STMT, expr, at);
}

// __attribute__((cleanup(fn))): fn(&var) runs when var's scope is left.
static void add_cleanup(Token *fn_name, Obj *var) {
  VarScope *sc = find_var(fn_name);
  if (!sc || !sc->var || !sc->var->is_function)
    error_tok(fn_name, "cleanup argument not a function");
  Obj *entry = xcalloc(1, sizeof(Obj));
  entry->cleanup_fn = sc->var;
  entry->cleanup_var = var;
  entry->vla_outer = live_vla;
  live_vla = entry;
}

static void check_local_type(Obj *var, Type *ty, char *name) {
  if (var->ty->size < 0)
    error_tok(ty->name, "storage size of '%s' isn't known", name);
  if (var->ty->kind == TY_VOID)
    error_tok(ty->name, "variable declared void");
  if ((var->ty->kind == TY_STRUCT || var->ty->kind == TY_UNION) &&
      var->ty->size < 0)
    error_tok(ty->name, "storage size of '%s' isn't known", name);
  if (var->ty->kind == TY_ARRAY && var->ty->array_len < 0)
    error_tok(ty->name, "array size missing in '%s'", name);
}

// A constexpr initializer with an __int128 (or a _BitInt over 64 bits)
// on either side: its value, which must fit `ty` exactly (C23), as `ty`
// holds it.
static __int128 constexpr_int128(Token *start, Node *init, Type *ty) {
  __int128 val = eval_exact(init);
  bool big = is_int128(init->ty) && init->ty->is_unsigned && val < 0; // 2^127 or more
  bool fits;
  if (is_int128(ty) && ty->bit_width && ty->bit_width < 128) {
    __int128 top = (__int128)1 << (ty->bit_width - !ty->is_unsigned);
    fits = !big && val < top && val >= (ty->is_unsigned ? 0 : -top);
  } else if (is_int128(ty)) {
    fits = ty->is_unsigned ? big || val >= 0 : !big;
  } else {
    int64_t t = truncate_int((int64_t)val, ty);
    __int128 stored = ty->is_unsigned && ty->size == 8 ? (__int128)(uint64_t)t : t;
    fits = !big && stored == val;
    val = stored;
  }
  if (!fits)
    error_tok(start, "constexpr initializer does not fit '%s'", type_name(ty));
  return val;
}

// C23: `constexpr int n = e;` makes n a named constant, usable where C
// requires a constant.  Reads "= e", which must fold, and returns e.
Node *constexpr_value(Token **rest, Token *tok, Obj *var) {
  if (!equal(tok, "="))
    error_tok(var->tok, "'constexpr' object '%s' needs an initializer", var->name);
  Token *start = tok->next;
  Node *init = assign(rest, start);
  add_type(init);
  if (!is_integer(init->ty) || !is_const_expr(init))
    error_tok(start, "constexpr initializer is not an integer constant");
  var->is_constexpr = true;
  if (is_int128(var->ty) || is_int128(init->ty)) {
    var->constexpr_value = constexpr_int128(start, init, var->ty);
    return new_cast(init, var->ty);
  }
  // The value must be representable in the object's type (C23 6.7.1):
  // -1 does not fit an unsigned long, nor ULONG_MAX (read as -1 here) a long.
  int64_t val = eval(init);
  int64_t stored = truncate_int(val, var->ty);
  bool big = val < 0 && init->ty->is_unsigned && init->ty->size == 8; // 2^63 or more
  bool fits = var->ty->is_unsigned ? (big ? var->ty->size == 8 : val >= 0 && stored == val)
                                   : !big && stored == val;
  if (!fits)
    error_tok(start, big ? "constexpr initializer %lu does not fit '%s'"
                         : "constexpr initializer %ld does not fit '%s'",
              (long)val, type_name(var->ty));
  var->constexpr_value = stored;
  return new_cast(init, var->ty);
}

// `__auto_type x = e;`: x has e's type, unqualified, arrays and functions
// decayed to pointers.
static Node *auto_declarator(Node *cur, Token **rest, Token *tok, Type *ty, char *name) {
  if (!equal(tok, "="))
    error_tok(ty->name, "'__auto_type' requires an initialized data declaration");
  Node *init = assign(&tok, tok->next);
  add_type(init);
  Type *vty = init->ty;
  if (vty->kind == TY_ARRAY || vty->kind == TY_VLA)
    vty = pointer_to(vty->base);
  else if (vty->kind == TY_FUNC)
    vty = pointer_to(vty);
  else
    vty = unqual(vty);
  Obj *var = new_lvar(name, vty);
  var->tok = ty->name;
  Node *set = new_binary(ND_ASSIGN, new_var_node(var, ty->name), init, ty->name);
  *rest = tok;
  return cur->next = new_unary(ND_EXPR_STMT, set, ty->name);
}

// C11 6.7p3: a name without linkage is declared once in its scope, and a
// function's parameters are in the scope of its body's outermost block
// (6.2.1p4).
static void check_block_redeclaration(Token *name_tok, char *name, Type *ty) {
  VarScope *vs = hashmap_get(&scope->vars, name);
  bool param = false;
  if (!vs && scope->next && scope->next == scope->top) {
    vs = hashmap_get(&scope->top->vars, name);
    param = vs && vs->var && vs->var->is_local;
  }
  if (!vs)
    return;
  if (param || !vs->var)
    error_tok(name_tok, "'%s' redeclared as different kind of symbol", name);
  if (!is_compatible(unqual(vs->var->ty), unqual(ty)))
    error_tok(name_tok, "conflicting types for '%s'", name);
  if (!vs->var->is_local && !vs->var->is_static)
    error_tok(name_tok, "declaration of '%s' with no linkage follows extern declaration", name);
  error_tok(name_tok, "redeclaration of '%s' with no linkage", name);
}

// One declarator of a block-scope declaration, after its name; adds the
// statements that initialize it after cur and returns the last one.
static Node *local_declarator(Node *cur, Token **rest, Token *tok, Type *ty, VarAttr *attr,
                              Attr *gattr) {
  char *name = get_ident(ty->name);
  *rest = tok;
  if (ty->kind != TY_FUNC && !(attr && attr->is_extern))
    check_block_redeclaration(ty->name, name, ty);
  if (is_auto_type(ty))
    return auto_declarator(cur, rest, tok, ty, name);

  if (ty->kind == TY_FUNC) {
    local_function_decl(ty, name, gattr);
    return cur;
  }
  if (attr && attr->is_static) {
    *rest = static_local(tok, ty, name, attr, gattr);
    return cur;
  }
  if (attr && attr->is_extern) {
    extern_local(ty, name, gattr);
    return cur;
  }

  // Generate code for computing a VLA size.  We need to do this
  // even if ty is not VLA because ty may be a pointer to VLA
  // (e.g. int (*foo)[n][m] where n and m are variables.)
  if (has_vla(ty))
    cur = cur->next = new_unary(ND_EXPR_STMT, compute_vla_size(ty, tok), tok);
  if (ty->kind == TY_VLA)
    return vla_local(cur, tok, ty, name);

  Obj *var = new_lvar(name, ty);
  var->tok = ty->name;
  var->is_register = attr && attr->is_register;
  // `register long x asm("rdi");` puts x in rdi where an asm operand
  // names it (gcc ignores the name on a local that is not register).
  if (attr && attr->is_register && gattr->asm_name) {
    check_register_var(gattr->asm_name, ty->name);
    var->asm_name = gattr->asm_name;
  }
  if (attr && attr->align)
    var->align = attr->align;
  if (gattr->aligned > var->align)
    var->align = gattr->aligned;

  if (attr && attr->is_constexpr && is_integer(ty)) {
    Node *init = constexpr_value(&tok, tok, var);
    cur = cur->next = new_unary(ND_EXPR_STMT, new_binary(ND_ASSIGN, new_var_node(var, tok), init, tok), tok);
    *rest = tok;
    check_local_type(var, ty, name);
    return cur;
  }

  if (equal(tok, "=")) {
    Node *expr = lvar_initializer(&tok, tok->next, var);
    cur = cur->next = new_unary(ND_EXPR_STMT, expr, tok);
    *rest = tok;
  }
  if (gattr->cleanup)
    add_cleanup(gattr->cleanup, var);
  check_local_type(var, ty, name);
  return cur;
}

// declaration = declspec (declarator ("=" expr)? ("," declarator ("=" expr)?)*)? ";"
Node *declaration(Token **rest, Token *tok, Type *basety, VarAttr *attr) {
  Node head = {0};
  Node *cur = &head;
  int i = 0;

  while (!equal(tok, ";")) {
    if (i++ > 0 && is_auto_type(basety))
      error_tok(tok, "'__auto_type' may only be used with a single declarator");
    if (i > 1)
      tok = expect_decl_separator(tok, "',' or ';'");

    Token *start = tok;
    Type *ty = declarator(&tok, tok, basety);
    // A function definition inside a function is a GNU extension we
    // don't support; a declaration is fine.
    if (ty->kind == TY_FUNC && equal(tok, "{"))
      error_tok(start, "nested functions are not supported");
    Attr gattr = attr ? attr->gnu : (Attr){0};
    tok = attribute_list(tok, &gattr);
    ty = declared_vector(ty, &gattr);
    if (ty->kind == TY_VOID && !is_auto_type(ty))
      error_tok(ty->name_pos, "variable or field '%.*s' declared void",
                ty->name ? ty->name->len : 0, ty->name ? ty->name->loc : "");
    if (!ty->name)
      error_tok(ty->name_pos, "expected identifier or '(' before %s", tok_desc(ty->name_pos));
    cur = local_declarator(cur, &tok, tok, ty, attr, &gattr);
  }

  *rest = tok->next;
  Node *node = new_node(ND_BLOCK, tok);
  node->body = head.next;
  return node;
}

// Whether tok is C23's keyword `name` (an identifier before C23).
bool is_c23_keyword(Token *tok, char *name) {
  return tok->kind == TK_KEYWORD && equal(tok, name);
}

// Returns true if a given token represents a type.
bool is_typename(Token *tok) {
  static HashMap map;

  if (map.capacity == 0) {
    static char *kw[] = {
        "void", "_Bool", "char", "short", "int", "long", "struct", "union",
        "typedef", "enum", "static", "extern", "_Alignas", "signed", "unsigned",
        "const", "volatile", "auto", "register", "restrict", "__restrict",
        "__restrict__", "_Noreturn", "float", "double", "typeof", "inline",
        "_Thread_local", "__thread", "_Atomic", "__typeof", "__typeof__",
        "__inline", "__inline__", "__const", "__const__", "__volatile",
        "__volatile__", "__signed", "__signed__", "__attribute__", "__attribute",
        "_Complex", "__complex__", "__complex", "__auto_type", "_BitInt", "__int128", "__int128__",
    };

    for (size_t i = 0; i < sizeof(kw) / sizeof(*kw); i++)
      hashmap_put(&map, kw[i], (void *)1);
  }

  // `__extension__` marks what follows; only that decides.
  if (equal(tok, "__extension__"))
    return is_typename(tok->next);
  if (is_c23_attribute_start(tok))
    return true;
  if (tok->kind == TK_KEYWORD &&
      (equal(tok, "bool") || equal(tok, "alignas") || equal(tok, "thread_local") ||
       equal(tok, "constexpr") || equal(tok, "typeof_unqual")))
    return true;
  return hashmap_get_n(&map, tok->loc, tok->len) || find_typedef(tok);
}

bool is_static_assert(Token *tok) {
  return equal(tok, "_Static_assert") || is_c23_keyword(tok, "static_assert");
}

// static-assert = ("_Static_assert" | "static_assert") "(" const-expr ("," string)? ")" ";"
Token *static_assertion(Token *tok) {
  Token *start = tok->prev ? tok->prev : tok;
  tok = skip(tok, "(");
  bool val = const_truth(&tok, tok);
  char *msg = "";
  if (consume(&tok, tok, ",")) {
    if (tok->kind != TK_STR)
      error_tok(tok, "expected string literal");
    msg = tok->str;
    tok = tok->next;
  }
  tok = skip(tok, ")");
  if (!val)
    error_tok(start, "static assertion failed: \"%s\"", msg);
  return skip(tok, ";");
}

// Lays out a struct's members as gcc does on x86-64.  Each member goes at
// the next offset aligned for it.  A bitfield goes at the next free bit
// unless that would make it span more alignment units of its type than the
// type itself has (gcc's PCC_BITFIELD_TYPE_MATTERS rule), in which case it
// starts at the next unit; in a packed struct it goes at the next bit
// whatever it crosses.  A zero-width bitfield rounds up to its type's
// alignment, and unnamed bitfields do not raise the struct's alignment.
static void layout_struct(Type *ty) {
  int64_t bits = 0;
  for (Member *mem = ty->members; mem; mem = mem->next) {
    int align = mem->align;
    if (ty->is_packed && mem->align <= mem->ty->align)
      align = 1;
    if (pack_align && align > pack_align)
      align = pack_align;

    if (mem->is_bitfield && mem->bit_width == 0) {
      int a = mem->ty->align;
      if (pack_align && a > pack_align)
        a = pack_align;
      bits = align_to(bits, a * 8);
      continue;
    }

    if (mem->is_bitfield) {
      int width = mem->bit_width;
      int sz = mem->ty->size;
      if (!ty->is_packed) {
        int unit = align * 8;
        if ((bits + width + unit - 1) / unit - bits / unit > sz * 8 / unit)
          bits = align_to(bits, unit);
      }

      // Load and store it through the smallest aligned unit that holds it,
      // normally its own type's size (an __int128's 16 bytes, which only
      // a packed struct could make it cross: refused).  A _BitInt over 64
      // bits is aligned to 8 only: the 8 bytes at a multiple of 8 that
      // hold its field, or the 16 from there (not past the struct's end,
      // as a multiple of 16 could be).
      mem->unit_size = sz;
      mem->offset = align_down(bits / 8, sz);
      if (sz == 16 && mem->ty->bit_width) {
        // Packed, the struct's end need not be a multiple of 8.
        if (ty->is_packed || (pack_align && pack_align < 8))
          error_tok(mem->tok, "bit-fields of a _BitInt wider than 64 bits in a packed struct are not supported");
        mem->offset = align_down(bits / 8, 8);
        mem->unit_size = bits % 64 + width <= 64 ? 8 : 16;
      }
      mem->bit_offset = bits - mem->offset * 8;
      if (mem->bit_offset + width > sz * 8 && sz == 16)
        error_tok(mem->tok, "bit-field layout is not supported");
      if (mem->bit_offset + width > sz * 8) {
        int need = (bits % 8 + width + 7) / 8;
        mem->unit_size = need <= 1 ? 1 : need <= 2 ? 2 : need <= 4 ? 4 : 8;
        mem->offset = bits / 8;
        mem->bit_offset = bits % 8;
        if (mem->bit_offset + width > 64)
          error_tok(mem->tok, "bit-field layout is not supported");
      }
      bits += width;
      if (mem->name && align > ty->align)
        ty->align = align;
      continue;
    }

    bits = align_to(bits, align * 8);
    mem->offset = bits / 8;
    bits += (int64_t)mem->ty->size * 8;

    if (ty->align < align)
      ty->align = align;
  }
  ty->size = align_to(align_to(bits, 8) / 8, ty->align);
}

// Adds the names of a struct's members to `names`, an anonymous member's
// own members with them (they are named as the struct's), refusing a
// second use of one; returns how many there are.
static int add_member_names(HashMap *names, Member *members) {
  int n = 0;
  for (Member *m = members; m; m = m->next) {
    if (!m->name) {
      if (is_aggregate(m->ty))
        n += add_member_names(names, m->ty->members);
      continue;
    }
    if (hashmap_get_n(names, m->name->loc, m->name->len))
      error_tok(m->name, "duplicate member '%.*s'", m->name->len, m->name->loc);
    hashmap_put_n(names, m->name->loc, m->name->len, m);
    n++;
  }
  return n;
}

// Each member is named once (C11 6.7.2.1p2, 6.2.1), and a flexible array
// member comes last in a struct, after a named member (6.7.2.1p18).
static void check_member_names(Member *members, Type *ty) {
  for (Member *m = members; m; m = m->next)
    if (m->ty->kind == TY_ARRAY && (m->ty->array_len < 0 || (!m->next && ty->is_flexible))) {
      Token *at = m->name ? m->name : m->tok;
      if (ty->kind == TY_UNION)
        error_tok(at, "flexible array member in union");
      if (m->next)
        error_tok(at, "flexible array member not at end of struct");
    }
  HashMap names = {.arena = scope_arena}; // emptied after the declaration
  if (add_member_names(&names, members) == 1 && ty->is_flexible)
    error_tok(members->name ? members->name : members->tok,
              "flexible array member in a struct with no named members");
}

// struct-members = (declspec declarator (":" const-expr)?
//                   ("," declarator (":" const-expr)?)* ";")*
static void struct_members(Token **rest, Token *tok, Type *ty) {
  Member head = {0};
  Member *cur = &head;
  int idx = 0;

  while (!equal(tok, "}")) {
    if (tok->kind == TK_EOF)
      error_tok(tok, "expected '}' at end of input");

    if (pragma_pack(&tok, tok))
      continue;
    if (is_static_assert(tok)) {
      tok = static_assertion(tok->next);
      continue;
    }
    if (equal(tok, ";")) {
      tok = tok->next;
      continue;
    }

    VarAttr attr = {0};
    Type *basety = declspec(&tok, tok, &attr);
    bool first = true;

    // Anonymous struct member
    if ((basety->kind == TY_STRUCT || basety->kind == TY_UNION) &&
        consume(&tok, tok, ";")) {
      Member *mem = xcalloc(1, sizeof(Member));
      mem->ty = basety;
      mem->tok = keep_token(tok);
      mem->idx = idx++;
      mem->align = attr.align ? attr.align : mem->ty->align;
      cur = cur->next = mem;
      continue;
    }

    // Regular struct members
    while (!consume(&tok, tok, ";")) {
      if (!first)
        tok = skip(tok, ",");
      first = false;

      Member *mem = xcalloc(1, sizeof(Member));
      Token *start = tok;
      if (equal(tok, ":")) {
        mem->ty = basety; // unnamed bitfield
      } else {
        mem->ty = declarator(&tok, tok, basety);
        mem->name = mem->ty->name;
        if (!mem->name)
          error_tok(start, "expected identifier or '('");
      }
      mem->tok = keep_token(start);
      mem->idx = idx++;
      mem->align = attr.align ? attr.align : mem->ty->align;

      if (consume(&tok, tok, ":")) {
        Token *wtok = tok;
        mem->is_bitfield = true;
        mem->bit_width = const_expr(&tok, tok);
        if (!is_integer(mem->ty))
          error_tok(start, "bit-field has invalid type");
        if (mem->bit_width < 0)
          error_tok(start, "negative width in bit-field '%.*s'", mem->name ? mem->name->len : 0,
                    mem->name ? mem->name->loc : "");
        if (mem->bit_width > (mem->ty->kind == TY_BOOL ? 1 : mem->ty->size * 8))
          error_tok(start, "width of '%.*s' exceeds its type", mem->name ? mem->name->len : 0,
                    mem->name ? mem->name->loc : "");
        if (mem->bit_width == 0 && mem->name)
          error_tok(wtok, "zero width for bit-field '%.*s'", mem->name->len, mem->name->loc);
      }

      Attr a = {0};
      tok = attribute_list(tok, &a);
      if (a.vector_size) {
        mem->ty = declared_vector(mem->ty, &a);
        mem->align = mem->ty->align;
      }
      if (a.aligned > mem->align)
        mem->align = a.aligned;
      if (a.packed)
        mem->align = 1;

      if (mem->ty->kind == TY_FUNC)
        error_tok(start, "field declared as a function");
      if (mem->ty->kind == TY_VOID)
        error_tok(start, "field declared void");

      cur = cur->next = mem;
    }
  }

  // If the last element is an array of incomplete type, it's
  // called a "flexible array member". It should behave as if
  // if were a zero-sized array.
  if (cur != &head && cur->ty->kind == TY_ARRAY && cur->ty->array_len < 0) {
    cur->ty = array_of(cur->ty->base, 0);
    ty->is_flexible = true;
  }

  for (Member *m = head.next; m; m = m->next)
    if ((m->ty->kind == TY_STRUCT || m->ty->kind == TY_UNION) && m->ty->size < 0)
      error_tok(m->name ? m->name : m->tok, "field '%.*s' has incomplete type",
                m->name ? m->name->len : 0, m->name ? m->name->loc : "");
  check_member_names(head.next, ty);

  *rest = tok->next;
  ty->members = head.next;
}

// struct-union-decl = attribute? ident? ("{" struct-members)?
// A struct or union known so far only by its tag, in this scope.
static Type *new_incomplete_tag(Token *tag, TypeKind kind) {
  Type *ty = struct_type();
  ty->kind = kind;
  ty->size = -1;
  ty->tag = keep_token(tag);
  push_tag_scope(tag, ty);
  return ty;
}

// The type a struct or union tag being defined names in this scope: one
// declared earlier here and still incomplete, or a new one.  The tag is in
// scope from its `{` on (C11 6.2.1p7), so that a member may point to the
// struct being defined, even from a parameter list:
// `struct st { int (*handler)(struct st *); }`.
static Type *declare_tag(Token *tag, TypeKind kind) {
  Type *ty = hashmap_get_n(&scope->tags, tag->loc, tag->len);
  if (ty) {
    if (ty->kind != kind)
      error_tok(tag, "'%.*s' defined as wrong kind of tag", tag->len, tag->loc);
    if (ty->size >= 0)
      error_tok(tag, "redefinition of '%s %.*s'", kind == TY_STRUCT ? "struct" : "union",
                tag->len, tag->loc);
    return ty;
  }
  return new_incomplete_tag(tag, kind);
}

static Type *struct_union_decl(Token **rest, Token *tok, TypeKind kind) {
  Attr attr = {0};
  tok = attribute_list(tok, &attr);

  // Read a tag.
  Token *tag = NULL;
  if (tok->kind == TK_IDENT) {
    tag = tok;
    tok = tok->next;
  }

  if (tag && !equal(tok, "{")) {
    *rest = tok;

    Type *ty2 = find_tag(tag);
    if (ty2) {
      if (ty2->kind != kind)
        error_tok(tag, "'%.*s' defined as wrong kind of tag", tag->len, tag->loc);
      return ty2;
    }

    return new_incomplete_tag(tag, kind);
  }

  tok = skip(tok, "{");
  Type *declared = tag ? declare_tag(tag, kind) : NULL;

  // Construct a struct object.
  Type *ty = struct_type();
  ty->kind = kind;
  ty->tag = keep_token(tag);
  struct_members(&tok, tok, ty);
  Attr attr2 = {0};
  *rest = attribute_list(tok, &attr2);
  ty->is_packed = attr.packed || attr2.packed;
  ty->is_transparent = kind == TY_UNION && (attr.transparent_union || attr2.transparent_union);

  if (kind == TY_STRUCT) {
    layout_struct(ty);
  } else {
    // A union's members all start at offset 0.
    for (Member *mem = ty->members; mem; mem = mem->next) {
      int align = (ty->is_packed && mem->align <= mem->ty->align) ? 1 : mem->align;
      if (pack_align && align > pack_align)
        align = pack_align;
      if (mem->is_bitfield) {
        mem->unit_size = mem->ty->size;
        if (!mem->name)
          continue;
      }
      if (ty->align < align)
        ty->align = align;
      int sz = mem->is_bitfield ? (mem->bit_width + 7) / 8 : mem->ty->size;
      if (ty->size < sz)
        ty->size = sz;
    }
    ty->size = align_to(ty->size, ty->align);
  }

  int aligned = attr.aligned > attr2.aligned ? attr.aligned : attr2.aligned;
  if (aligned > ty->align) {
    ty->align = aligned;
    ty->size = align_to(ty->size, ty->align);
  }

  if (!tag)
    return ty;
  // Complete the type the tag was declared with, which the members and
  // earlier declarations may point to already.
  *declared = *ty;
  return declared;
}

// struct-decl = struct-union-decl
static Type *struct_decl(Token **rest, Token *tok) {
  return struct_union_decl(rest, tok, TY_STRUCT);
}

// union-decl = struct-union-decl
static Type *union_decl(Token **rest, Token *tok) {
  return struct_union_decl(rest, tok, TY_UNION);
}

// A struct of this many members or more finds them through a map, made
// on the first lookup and kept on the first member (so a copied list
// makes its own): looking up each of n members by a walk costs n^2.
#define MANY_MEMBERS 16

// Maps each name in ty to its member, or to `top`, the anonymous member
// of the struct being mapped that holds it; the first of a name wins,
// as in the walk below.
static void map_members(HashMap *map, Type *ty, Member *top) {
  for (Member *mem = ty->members; mem; mem = mem->next) {
    if ((mem->ty->kind == TY_STRUCT || mem->ty->kind == TY_UNION) && !mem->name)
      map_members(map, mem->ty, top ? top : mem);
    else if (mem->name && !hashmap_get_n(map, mem->name->loc, mem->name->len))
      hashmap_put_n(map, mem->name->loc, mem->name->len, top ? top : mem);
  }
}

static HashMap *members_by_name(Type *ty) {
  Member *first = ty->members;
  if (!first)
    return NULL;
  if (!first->by_name) {
    int n = 0;
    for (Member *mem = first; mem && n < MANY_MEMBERS; mem = mem->next)
      n++;
    if (n < MANY_MEMBERS)
      return NULL;
    first->by_name = xcalloc(1, sizeof(HashMap));
    map_members(first->by_name, ty, NULL);
  }
  return first->by_name;
}

// Find a struct member by name, looking inside anonymous members.
Member *get_struct_member(Type *ty, Token *tok) {
  HashMap *map = members_by_name(ty);
  if (map)
    return tok->kind == TK_IDENT ? hashmap_get_n(map, tok->loc, tok->len) : NULL;
  for (Member *mem = ty->members; mem; mem = mem->next) {
    // Anonymous struct member
    if ((mem->ty->kind == TY_STRUCT || mem->ty->kind == TY_UNION) && !mem->name) {
      if (get_struct_member(mem->ty, tok))
        return mem;
      continue;
    }

    // Regular struct member
    if (mem->name && mem->name->len == tok->len &&
        !strncmp(mem->name->loc, tok->loc, tok->len))
      return mem;
  }
  return NULL;
}

Token *parse_typedef(Token *tok, Type *basety, Node **code) {
  bool first = true;

  while (!consume(&tok, tok, ";")) {
    if (!first)
      tok = skip(tok, ",");
    first = false;

    Type *ty = declarator(&tok, tok, basety);
    if (!ty->name)
      error_tok(ty->name_pos, "typedef name omitted");
    Attr attr = {0};
    tok = attribute_list(tok, &attr);
    if (attr.mode) {
      Token *name = ty->name;
      ty = apply_mode(ty, attr.mode, name);
      ty = copy_type(ty);
      ty->name = keep_token(name);
    }
    ty = declared_vector(ty, &attr);
    if (attr.aligned) {
      ty = copy_type(ty);
      ty->align = attr.aligned;
    }
    if (attr.transparent_union && ty->kind == TY_UNION) {
      ty = copy_type(ty);
      ty->is_transparent = true;
    }
    // The size of a VLA typedef is fixed when the typedef is declared.
    if (current_fn && code)
      *code = new_binary(ND_COMMA, *code, compute_vla_size(ty, tok), tok);
    else if (ty->kind == TY_VLA)
      error_tok(ty->name, "variably modified '%.*s' at file scope", ty->name->len,
                ty->name->loc);
    // A typedef may be repeated with its type (C11 6.7p3), nothing else.
    char *name = get_ident(ty->name);
    VarScope *old = hashmap_get(&scope->vars, name);
    if (old && !old->type_def)
      error_tok(ty->name, "'%s' redeclared as different kind of symbol", name);
    // (The same type: an enum and its underlying type are compatible only.)
    if (old && (!is_compatible(old->type_def, ty) ||
                (old->type_def->kind == TY_ENUM) != (ty->kind == TY_ENUM)))
      error_tok(ty->name, "conflicting types for '%s'", name);
    push_scope(name)->type_def = ty;
  }
  return tok;
}
