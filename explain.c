// explain.c: one compilation as a web page, for people learning how 9cc works.
//
// `9cc --explain file.c -o file.html` writes one HTML file, its style and
// script inside it and nothing fetched from anywhere, that shows what each
// stage makes of the program: the source with line numbers; the tokens
// after preprocessing, each macro expansion boxed with the macro it came
// from; each function's typed syntax tree, foldable, its nodes named as
// --dump-ast names them; and each function's assembly twice, from the
// plain stack machine (-O0) and from the default code generator, with the
// depth of the stack machine's stack after every instruction.  Selecting a
// source line highlights its tokens, its nodes and its instructions;
// selecting a node or an instruction selects its source line.
//
// Nothing here changes what the compiler does.  The assembly is the code
// generator's own -fverbose-asm text (whose comments say which source line
// each instruction comes from and how deep the stack is), generated into
// memory for each function, once per configuration, while the parser still
// holds the function's tree.  An error in the program ends the compiler
// with exit(1) wherever it is found, so the compilation runs in a child
// process whose diagnostics go to a file: when it fails, the page shows
// them instead of half of what it would have shown.
//
// A large file must still open quickly, so each function's tree and code
// wait, as text in a <script type="text/html"> that the browser does not
// parse, until the function is shown, and so do the tokens of the headers
// a file includes.  (Such a script ends at the first "</script": none can
// come from the program, whose "<" all become "&lt;".)

#include "9cc.h"
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
  char *input;
  File *main;          // the input as read
  CodegenConfig cfg;   // the command line's, for both listings
  FILE *views;         // each function's tree and code, as scripts of HTML
  FILE *menu;          // an <option> per function
  int nfuncs;
  int next_label[2]; // the code generator's label count, without and with -O0
  // "name:line" as -fverbose-asm names a line -> that line in the main
  // file as read (they differ after a #line)
  HashMap main_lines;
  // Per file (by File.index): where each line starts, for macro bodies' lines
  char ***line_starts;
  int *nlines;
  int nfiles;
} Page;

//
// Text into HTML
//

// Everything from the program reaches the page through here.
static void put_html(FILE *out, char *s, long len) {
  for (long i = 0; i < len; i++) {
    unsigned char c = s[i];
    if (c == '&')
      fputs("&amp;", out);
    else if (c == '<')
      fputs("&lt;", out);
    else if (c == '>')
      fputs("&gt;", out);
    else if (c == '"')
      fputs("&quot;", out);
    else if (c == '\'')
      fputs("&#39;", out);
    else if (c < 32 && c != '\t' && c != '\n')
      fputs("&#65533;", out); // HTML has no place for other control characters
    else
      fputc(c, out);
  }
}

static void put_str(FILE *out, char *s) {
  put_html(out, s, strlen(s));
}

//
// Lines
//

// The token whose place a token stands in: for a token of a macro
// expansion, the macro's use (the preprocessor points every token of an
// expansion straight at the outermost use).
static Token *use_site(Token *tok) {
  while (tok->origin)
    tok = tok->origin;
  return tok;
}

// The line of the main file, as read, that a token comes from, or 0 for a
// token of another file.  A #line directive renumbers the lines that
// diagnostics and -fverbose-asm show (line_delta), not the page's.
static int main_line(Page *pg, Token *tok) {
  if (!tok)
    return 0;
  tok = use_site(tok);
  File *f = token_file(tok);
  if (!f || f->origin != pg->main)
    return 0;
  return tok->line_no - f->line_delta;
}

// Fills pg->main_lines: -fverbose-asm names a line as its diagnostics do
// ("walkthrough.c:8"), and the page needs it as the main file's line.
static void map_main_lines(Page *pg, Token *tok) {
  int last = 0;
  for (; tok->kind != TK_EOF; tok = tok->next) {
    int line = main_line(pg, tok);
    if (!line || line == last)
      continue;
    last = line;
    Token *site = use_site(tok);
    char *key = format("%s:%d", token_file(site)->display_name, site->line_no);
    hashmap_put(&pg->main_lines, key, (void *)(intptr_t)line);
  }
}

// The line (from 1) of `loc` in file `f`: where a macro's body was
// written.  Each file's line starts are found once, then searched.
static int line_in_file(Page *pg, File *f, char *loc) {
  f = f->origin;
  if (f->index >= pg->nfiles) {
    int n = f->index * 2 + 8;
    pg->line_starts = realloc(pg->line_starts, n * sizeof(char **));
    pg->nlines = realloc(pg->nlines, n * sizeof(int));
    if (!pg->line_starts || !pg->nlines)
      error("out of memory");
    memset(pg->line_starts + pg->nfiles, 0, (n - pg->nfiles) * sizeof(char **));
    pg->nfiles = n;
  }
  if (!pg->line_starts[f->index]) {
    StringArray starts = {0};
    strarray_push(&starts, f->contents);
    for (char *p = f->contents; *p; p++)
      if (*p == '\n')
        strarray_push(&starts, p + 1);
    pg->line_starts[f->index] = starts.data;
    pg->nlines[f->index] = starts.len;
  }
  char **starts = pg->line_starts[f->index];
  int lo = 0, hi = pg->nlines[f->index] - 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (starts[mid] <= loc)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo + 1;
}

// The column (from 1) of a token in its line.
static int column_of(Token *tok) {
  char *start = token_file(tok)->contents;
  char *p = tok->loc;
  while (p > start && p[-1] != '\n')
    p--;
  return tok->loc - p + 1;
}

//
// Assembly
//

// One function's code in one configuration, as -S -fverbose-asm writes it.
static char *generate(Page *pg, Obj *fn, bool optimize) {
  int other = codegen_swap_label_count(pg->next_label[optimize]);
  CodegenConfig cfg = pg->cfg;
  cfg.optimize = optimize;
  cfg.verbose_asm = true;     // the source lines and depths the page reads
  cfg.debug_info = false;     // .loc lines would say the same, less readably
  cfg.terse_operands = false; // the form -S writes, the one people read
  cfg.source_name = NULL;     // no .file line: this is one function
  char *buf;
  size_t len;
  FILE *out = open_memstream(&buf, &len);
  codegen_begin(out, &cfg);
  codegen_object(fn);
  fclose(out);
  pg->next_label[optimize] = codegen_swap_label_count(other);
  return buf;
}

// Whether line `s` is "  # depth N"; N goes to *depth.
static bool is_depth_comment(char *s, int *depth) {
  if (strncmp(s, "  # depth ", 10) || !isdigit((unsigned char)s[10]))
    return false;
  char *end;
  *depth = strtol(s + 10, &end, 10);
  return *end == '\n' || *end == '\0';
}

// Whether line `s` is "  # NAME:LINE: text", the source line that
// -fverbose-asm writes above its code.  Its parts go to *name (with its
// length), *line and *text.
static bool is_source_comment(char *s, char **name, int *namelen, int *line, char **text) {
  if (strncmp(s, "  # ", 4))
    return false;
  char *eol = strchrnul(s, '\n');
  for (char *p = s + 4; p < eol; p++) {
    if (*p != ':' || !isdigit((unsigned char)p[1]))
      continue;
    char *end;
    long n = strtol(p + 1, &end, 10);
    if (end[0] != ':' || (end[1] != ' ' && end + 1 != eol))
      continue;
    *name = s + 4;
    *namelen = p - (s + 4);
    *line = n;
    *text = end + 1 == eol ? end + 1 : end + 2;
    return true;
  }
  return false;
}

// An instruction waits until the depth comments after it are read: the
// page shows the depth after each instruction, as -fverbose-asm does.
typedef struct {
  FILE *out;
  char *insn; // the instruction waiting, or NULL
  int len;
  int line;   // the main file's line it comes from, or 0
  int depth;
} Listing;

static void flush_insn(Listing *l) {
  if (!l->insn)
    return;
  fputs("<div class=\"i\"", l->out);
  if (l->line)
    fprintf(l->out, " data-line=\"%d\"", l->line);
  fprintf(l->out, " data-depth=\"%d\">", l->depth);
  put_html(l->out, l->insn, l->len);
  fputs("</div>\n", l->out);
  l->insn = NULL;
}

// The row of the source line that -fverbose-asm writes above its code.
static void source_row(Page *pg, Listing *l, char *name, int namelen, int line, char *text,
                       int len) {
  char *key = format("%.*s:%d", namelen, name, line);
  l->line = (intptr_t)hashmap_get(&pg->main_lines, key);
  if (l->line) {
    fprintf(l->out, "<div class=\"s\" data-line=\"%d\">%d: ", l->line, l->line);
  } else {
    fputs("<div class=\"s\">", l->out); // a line of another file: say which
    put_str(l->out, key);
    fputs(": ", l->out);
  }
  put_html(l->out, text, len);
  fputs("</div>\n", l->out);
}

// A function's code as rows: each instruction with the line it comes from
// and the depth after it, the labels, the directives, and the source
// lines above their code.
static void write_listing(Page *pg, Obj *fn, int id, bool optimize) {
  char *text = generate(pg, fn, optimize);
  Listing l = {.out = pg->views};
  fprintf(l.out, "<script type=\"text/html\" id=\"f%d-%s\">\n", id, optimize ? "opt" : "O0");
  for (char *s = text; *s;) {
    char *eol = strchrnul(s, '\n');
    int len = eol - s, depth, line, namelen;
    char *name, *src;
    if (is_depth_comment(s, &depth)) {
      l.depth = depth;
    } else if (is_source_comment(s, &name, &namelen, &line, &src)) {
      flush_insn(&l);
      source_row(pg, &l, name, namelen, line, src, eol - src);
    } else if ((s == text && !strncmp(s, "  .intel_syntax", 15)) || len == 0) {
      // codegen_begin()'s, not the function's; or an asm statement's blank line
    } else if (!isspace((unsigned char)s[0]) && s[len - 1] == ':') {
      flush_insn(&l);
      fputs("<div class=\"lab\">", l.out);
      put_html(l.out, s, len);
      fputs("</div>\n", l.out);
    } else {
      // An instruction or a directive, indented; an asm statement's lines
      // may come indented otherwise.
      flush_insn(&l);
      while (isspace((unsigned char)*s) && s < eol)
        s++;
      if (*s == '.') {
        fputs("<div class=\"dir\">", l.out);
        put_html(l.out, s, eol - s);
        fputs("</div>\n", l.out);
      } else {
        l.insn = s;
        l.len = eol - s;
      }
    }
    s = *eol ? eol + 1 : eol;
  }
  flush_insn(&l);
  fputs("</script>\n", l.out);
  free(text);
}

//
// Syntax trees
//

static void note_child(Node *child, char *role, void *arg) {
  (void)child;
  (void)role;
  *(bool *)arg = true;
}

// A node and its subtree: its label as --dump-ast prints it, its line,
// and its children, which the page can fold away.
static void write_node(Node *node, char *role, void *arg) {
  Page *pg = arg;
  FILE *out = pg->views;
  int line = main_line(pg, node->tok);
  bool has_children = false;
  node_children(node, note_child, &has_children);

  fputs("<div class=\"n\"", out);
  if (line)
    fprintf(out, " data-line=\"%d\"", line);
  fputs("><span class=\"lb\">", out);
  if (has_children)
    fputs("<b class=\"tw\"></b>", out);
  if (role)
    fprintf(out, "<i>%s:</i> ", role);
  put_str(out, node_label(node));
  if (line)
    fprintf(out, " <small>line %d</small>", line);
  fputs("</span>", out);
  if (has_children) {
    fputs("<div class=\"k\">\n", out);
    node_children(node, write_node, pg);
    fputs("</div>", out);
  }
  fputs("</div>\n", out);
}

// A function's tree, headed by its locals as --dump-ast lists them.
static void write_tree(Page *pg, Obj *fn, int id) {
  FILE *out = pg->views;
  fprintf(out, "<script type=\"text/html\" id=\"f%d-tree\">\n<div class=\"fh\">function ", id);
  put_str(out, fn->name);
  fputs(" : ", out);
  put_str(out, type_name(fn->ty->return_ty));
  fputs("</div>\n", out);
  for (Obj *var = fn->locals; var; var = var->next) {
    if (!var->name[0])
      continue;
    fputs("<div class=\"fl\">local ", out);
    put_str(out, var->name);
    fputs(" : ", out);
    put_str(out, type_name(var->ty));
    fprintf(out, " at rbp%+d</div>\n", var->offset);
  }
  if (fn->body)
    write_node(fn->body, NULL, pg);
  fputs("</script>\n", out);
}

// The line of the `}` that ends a function, found by counting braces from
// the `{` before its body's first token; `start` if there is none.
static int end_line(Page *pg, Obj *fn, int start) {
  Token *t = fn->body && fn->body->tok ? fn->body->tok->prev : NULL;
  if (!t || !equal(t, "{"))
    return start;
  for (int depth = 0; t->kind != TK_EOF; t = t->next) {
    if (equal(t, "{"))
      depth++;
    else if (equal(t, "}") && --depth == 0)
      break;
  }
  int end = main_line(pg, t);
  return end > start ? end : start;
}

// The parser hands over each function as soon as its body is parsed, and
// frees its tree when this returns: its code and tree are written now.
static void explain_function(Obj *fn, void *arg) {
  Page *pg = arg;
  if (fn->is_toplevel_asm)
    return;
  int id = pg->nfuncs++;
  // The tree shows the frame as --dump-ast and -O0 lay it out; the default
  // code generator then gives no slot to a variable it keeps in a
  // register, so it writes its listing last.  (assign_var_regs() starts
  // afresh for each function either way.)
  write_listing(pg, fn, id, false);
  write_tree(pg, fn, id);
  write_listing(pg, fn, id, true);

  int start = main_line(pg, fn->tok);
  int end = start ? end_line(pg, fn, start) : 0;
  fprintf(pg->menu, "<option value=\"%d\" data-start=\"%d\" data-end=\"%d\" data-name=\"", id,
          start, end);
  put_str(pg->menu, fn->name);
  fputs("\">", pg->menu);
  put_str(pg->menu, fn->name);
  if (start) {
    fprintf(pg->menu, " (line %d)", start);
  } else {
    fputs(" (in ", pg->menu);
    put_str(pg->menu, token_file(fn->tok)->display_name);
    fputs(")", pg->menu);
  }
  fputs("</option>\n", pg->menu);
}

//
// Tokens
//

// Tokens go out in rows, one per source line; a run of tokens from included
// files waits in a script of its own until it is opened.
typedef struct {
  Page *pg;
  FILE *out;        // the page, or the run of included tokens
  FILE *page;
  char *run_buf;    // the run being collected, if any
  size_t run_len;
  int run_count;
  char *run_first;  // the file the run starts in
  File *row_file;   // the row open, if row_line
  int row_line;
  Token *expansion; // the macro use whose expansion is open, or NULL
} TokenRows;

static void close_row(TokenRows *r) {
  if (r->expansion)
    fputs("</span>", r->out);
  r->expansion = NULL;
  if (r->row_line)
    fputs("</div>\n", r->out);
  r->row_line = 0;
}

static void close_run(TokenRows *r) {
  if (r->out == r->page)
    return;
  close_row(r);
  fclose(r->out);
  r->out = r->page;
  fprintf(r->out, "<details class=\"inc\"><summary>%d tokens of included files, from ",
          r->run_count);
  put_str(r->out, r->run_first);
  fputs(" on</summary><script type=\"text/html\">", r->out);
  fwrite(r->run_buf, 1, r->run_len, r->out);
  fputs("</script></details>\n", r->out);
  free(r->run_buf);
}

// Opens the box of an expansion: the macro's name, and where it was used
// and where the text of its first token was written.
static void open_expansion(TokenRows *r, Token *tok) {
  Token *use = tok->origin;
  File *def = token_file(tok);
  fprintf(r->out, "<span class=\"x\" title=\"expanded from the macro ");
  put_html(r->out, use->loc, use->len);
  fprintf(r->out, " used at line %d, column %d", main_line(r->pg, use) ? main_line(r->pg, use)
                                                                       : use->line_no,
          column_of(use));
  if (def && def->contents && tok->loc >= def->contents &&
      tok->loc < def->contents + strlen(def->contents)) {
    fputs("; this token written at ", r->out);
    put_str(r->out, def->display_name);
    fprintf(r->out, ":%d", line_in_file(r->pg, def, tok->loc));
  }
  fputs("\"><span class=\"xm\">", r->out);
  put_html(r->out, use->loc, use->len);
  fputs("</span>", r->out);
  r->expansion = use;
}

// A row of the main file's line `line` (selectable), or of another file's.
static void open_row(TokenRows *r, File *f, int line, bool in_main) {
  close_row(r);
  r->row_line = line;
  r->row_file = f;
  if (in_main) {
    fprintf(r->out, "<div class=\"tl\" data-line=\"%d\"><span class=\"tn\">%d</span>", line, line);
    return;
  }
  fputs("<div class=\"tl\"><span class=\"tn\">", r->out);
  put_str(r->out, f ? f->display_name : "?");
  fprintf(r->out, ":%d</span>", line);
}

static void write_token(TokenRows *r, Token *tok) {
  Token *site = use_site(tok);
  File *f = token_file(site);
  int line = main_line(r->pg, site);
  if (line && r->out != r->page)
    close_run(r);
  if (!line && r->out == r->page) {
    close_row(r);
    r->out = open_memstream(&r->run_buf, &r->run_len);
    r->run_count = 0;
    r->run_first = f ? f->display_name : "?";
  }
  r->run_count++;

  int row_line = line ? line : site->line_no;
  if (row_line != r->row_line || f != r->row_file)
    open_row(r, f, row_line, line != 0);
  if (tok->origin != r->expansion) {
    if (r->expansion)
      fputs("</span>", r->out);
    r->expansion = NULL;
    if (tok->origin)
      open_expansion(r, tok);
  }
  char *kind = token_kind_name(tok->kind);
  fprintf(r->out, " <span class=\"k-%s\">", kind);
  put_html(r->out, tok->loc, tok->len);
  fputs("</span>", r->out);
}

static void write_tokens(Page *pg, FILE *out, Token *tok) {
  TokenRows r = {.pg = pg, .out = out, .page = out};
  for (; tok->kind != TK_EOF; tok = tok->next)
    write_token(&r, tok);
  close_run(&r);
  close_row(&r);
}

//
// The page
//

static char page_style[] =
    "*{box-sizing:border-box}\n"
    "html,body{margin:0;height:100%}\n"
    "body{display:flex;flex-direction:column;font:13px/1.35 system-ui,sans-serif;color:#222;"
    "background:#e8e8e8}\n"
    "header{padding:6px 10px;display:flex;gap:18px;align-items:center;flex-wrap:wrap;"
    "background:#fff;border-bottom:1px solid #bbb}\n"
    "h1{font-size:15px;margin:0}\n"
    "select{max-width:24em}\n"
    "h2,h3{font-size:12px;margin:0;padding:3px 8px;background:#f2f2f2;"
    "border-bottom:1px solid #ccc;font-weight:600}\n"
    "h2 small,h3 small{font-weight:normal;color:#666}\n"
    "button{font:inherit;padding:1px 8px}\n"
    "button.on{background:#335;color:#fff}\n"
    ".hint{color:#666}\n"
    ".diag{margin:0;padding:6px 10px;background:#fff4f0;border-bottom:1px solid #e0b0a0;"
    "font:12px/1.4 ui-monospace,monospace;white-space:pre-wrap;max-height:30vh;overflow:auto}\n"
    "main{flex:1;min-height:0;display:grid;gap:4px;padding:4px;"
    "grid-template-columns:minmax(0,1fr) minmax(0,1fr) minmax(0,1.4fr);"
    "grid-template-rows:minmax(0,1fr) minmax(0,28%)}\n"
    "section{display:flex;flex-direction:column;min-height:0;min-width:0;background:#fff;"
    "border:1px solid #bbb}\n"
    "#tokens{grid-column:1/4}\n"
    ".body{flex:1;min-height:0;overflow:auto;font:12px/1.45 ui-monospace,monospace;tab-size:8}\n"
    ".sl,.i,.s,.lab,.dir,.lb,.fh,.fl{white-space:pre}\n"
    ".cols{flex:1;min-height:0;display:flex}\n"
    ".col{flex:1;min-width:0;display:flex;flex-direction:column}\n"
    ".col+.col{border-left:1px solid #bbb}\n"
    "body[data-mode=opt] #col-O0,body[data-mode=O0] #col-opt{display:none}\n"
    ".sl,.tl,.lb,.i,.s{cursor:pointer}\n"
    ".sl::before{content:attr(data-line);display:inline-block;width:3.5em;"
    "padding-right:1em;text-align:right;color:#999}\n"
    ".sl:hover,.tl:hover,.lb:hover,.i:hover{background:#eef2ff}\n"
    ".hl,.n.hl>.lb{background:#ffe27a!important}\n"
    ".n.hl{background:none!important}\n"
    ".focus,.n.focus>.lb{outline:2px solid #d07000}\n"
    ".n.focus{outline:none}\n"
    ".i::before{content:attr(data-depth);display:inline-block;width:2.5em;"
    "margin-right:1em;text-align:right;color:#06c;font-weight:bold}\n"
    ".i[data-depth='0']::before{color:#bbb;font-weight:normal}\n"
    ".lab,.dir,.s{padding-left:3.5em}\n"
    ".lab{color:#950}\n"
    ".dir{color:#999;display:none}\n"
    "body.dirs .dir{display:block}\n"
    ".s{color:#080;font-style:italic}\n"
    ".tl{white-space:normal;padding-left:4.5em;text-indent:-4.5em}\n"
    ".tn{display:inline-block;min-width:4em;text-indent:0;color:#999}\n"
    ".k-string{white-space:pre}\n" // only a string holds spaces; a class is a fast selector

    ".k-keyword{color:#00a;font-weight:bold}\n"
    ".k-number{color:#a0a}\n"
    ".k-string{color:#080}\n"
    ".k-punct{color:#555}\n"
    ".x{border:1px dashed #c80;border-radius:3px;padding:0 2px 0 0;white-space:nowrap}\n"
    ".xm{font-size:9px;color:#c60;vertical-align:super;padding:0 2px}\n"
    "details.inc{color:#666;padding-left:0.5em}\n"
    ".fh{font-weight:bold}\n"
    ".fl{color:#666}\n"
    ".k{margin-left:0.6em;padding-left:0.8em;border-left:1px dotted #bbb}\n"
    ".lb i{color:#888;font-style:normal}\n"
    ".lb small{color:#aaa}\n"
    ".tw{display:inline-block;width:1em;color:#888;font-weight:normal}\n"
    ".tw::before{content:'\\25BE'}\n"
    ".closed>.lb .tw::before{content:'\\25B8'}\n"
    ".closed>.k{display:none}\n"
    "#test-result{display:none}\n"
    ".failed .diag{max-height:none;font-size:14px}\n";

static void write_head(FILE *out, char *title) {
  fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>", out);
  put_str(out, title);
  fprintf(out, "</title>\n<style>\n%s</style>\n</head>\n", page_style);
}

static void write_header(FILE *out, Page *pg, char *menu, char *diagnostics) {
  fputs("<body data-mode=\"opt\">\n<header><h1>9cc --explain ", out);
  put_str(out, pg->input);
  fprintf(out, "</h1>\n<label>function <select id=\"fn\">\n%s</select></label>\n", menu);
  fputs("<span id=\"modes\">assembly: <button data-mode=\"opt\" class=\"on\">default</button>"
        "<button data-mode=\"O0\">-O0</button><button data-mode=\"both\">side by side</button>"
        "</span>\n<label><input type=\"checkbox\" id=\"dirs\"> directives</label>\n"
        "<span class=\"hint\">Click a line, a token, a node or an instruction; "
        "the arrow keys move through the lines.</span></header>\n",
        out);
  if (*diagnostics) {
    fputs("<pre class=\"diag\">", out);
    put_str(out, diagnostics);
    fputs("</pre>\n", out);
  }
}

static void write_source(FILE *out, Page *pg) {
  fputs("<main>\n<section id=\"source\"><h2>Source</h2><div class=\"body\" id=\"source-body\">\n",
        out);
  char *p = pg->main ? pg->main->contents : "";
  for (int n = 1; *p; n++) {
    char *eol = strchrnul(p, '\n');
    fprintf(out, "<div class=\"sl\" data-line=\"%d\">", n);
    put_html(out, p, eol - p);
    fputs("</div>\n", out);
    p = *eol ? eol + 1 : eol;
  }
  fputs("</div></section>\n", out);
}

static void write_views(FILE *out) {
  fputs("<section id=\"tree\"><h2>Syntax tree <small>(types after the colon; the "
        "triangles fold)</small></h2><div class=\"body\" id=\"tree-view\"></div></section>\n"
        "<section id=\"asm\"><h2>Assembly <small>(left: the stack machine's depth after the "
        "instruction)</small></h2><div class=\"cols\">\n"
        "<div class=\"col\" id=\"col-O0\"><h3>-O0 <small>the plain stack machine</small></h3>"
        "<div class=\"body\" id=\"asm-O0\"></div></div>\n"
        "<div class=\"col\" id=\"col-opt\"><h3>default <small>the stack machine's shortcuts"
        "</small></h3><div class=\"body\" id=\"asm-opt\"></div></div>\n"
        "</div></section>\n"
        "<section id=\"tokens\"><h2>Tokens after preprocessing <small>(a dashed box is a "
        "macro's expansion, its name above)</small></h2>"
        "<div class=\"body\" id=\"tokens-body\">\n",
        out);
}

// The script: it fills the views from the scripts of HTML and links them.  With
// a URL fragment "#test-STEP&STEP...", it performs the steps once loaded
// (mode=both, click=LINE, insn-O0=TEXT or insn-opt=TEXT, node=TEXT) so
// that a browser test can see what a click does (test/explain-browser.sh).
static char page_script[] =
    "(function () {\n"
    "'use strict';\n"
    "var body = document.body, fnSel = document.getElementById('fn');\n"
    "var panes = ['source-body', 'tokens-body', 'tree-view', 'asm-O0', 'asm-opt'];\n"
    "var shown = -1, marked = [], selected = 0;\n"
    "function byId(id) { return document.getElementById(id); }\n"
    "function lineOf(el) { return el ? +el.getAttribute('data-line') || 0 : 0; }\n"
    "function fill(id, tmpl) {\n"
    "  var el = byId(id), t = byId(tmpl);\n"
    "  el.textContent = '';\n"
    "  if (t) el.innerHTML = t.textContent;\n"
    "}\n"
    "function showFunction(k) {\n"
    "  if (k === shown || k < 0) return;\n"
    "  shown = k;\n"
    "  fnSel.value = String(k);\n"
    "  fill('tree-view', 'f' + k + '-tree');\n"
    "  fill('asm-O0', 'f' + k + '-O0');\n"
    "  fill('asm-opt', 'f' + k + '-opt');\n"
    "}\n"
    "function holds(o, line) {\n"
    "  return +o.getAttribute('data-start') <= line && line <= +o.getAttribute('data-end');\n"
    "}\n"
    "function functionAt(line) {\n"
    "  var o = fnSel.options;\n"
    "  if (shown >= 0 && holds(o[shown], line)) return shown;\n"
    "  for (var i = 0; i < o.length; i++) if (holds(o[i], line)) return i;\n"
    "  return -1;\n"
    "}\n"
    "function reveal(pane, el) {\n"
    "  var top = el.getBoundingClientRect().top - pane.getBoundingClientRect().top;\n"
    "  if (top < 0 || top > pane.clientHeight - 20) pane.scrollTop += top - pane.clientHeight / 3;\n"
    "}\n"
    "function select(line, from) {\n"
    "  marked.forEach(function (e) { e.classList.remove('hl', 'focus'); });\n"
    "  marked = [];\n"
    "  selected = line;\n"
    "  if (line > 0) showFunction(functionAt(line));\n"
    "  if (from) { from.classList.add('focus'); marked.push(from); }\n"
    "  if (!(line > 0)) return;\n"
    "  panes.forEach(function (id) {\n"
    "    var pane = byId(id), found = pane.querySelectorAll('[data-line=\"' + line + '\"]');\n"
    "    for (var i = 0; i < found.length; i++) {\n"
    "      found[i].classList.add('hl');\n"
    "      marked.push(found[i]);\n"
    "      for (var p = found[i].parentElement; p && p !== pane; p = p.parentElement)\n"
    "        p.classList.remove('closed');\n"
    "    }\n"
    "    if (found.length && !(from && pane.contains(from))) reveal(pane, found[0]);\n"
    "  });\n"
    "}\n"
    "function on(id, type, f) { byId(id).addEventListener(type, f, type === 'toggle'); }\n"
    "on('source-body', 'click', function (e) {\n"
    "  var el = e.target.closest('.sl');\n"
    "  if (el) select(lineOf(el));\n"
    "});\n"
    "on('tokens-body', 'click', function (e) {\n"
    "  var el = e.target.closest('[data-line]');\n"
    "  if (el) select(lineOf(el));\n"
    "});\n"
    "on('tokens-body', 'mouseover', function (e) {\n"
    "  var c = e.target.className; // a token's kind, told on hovering\n"
    "  if (typeof c === 'string' && c.indexOf('k-') === 0) e.target.title = c.slice(2);\n"
    "});\n"
    "on('tokens-body', 'toggle', function (e) {\n"
    "  var d = e.target, t = d.querySelector('script');\n"
    "  if (d.open && t && t.parentElement === d) {\n"
    "    d.removeChild(t);\n"
    "    d.insertAdjacentHTML('beforeend', t.textContent);\n"
    "  }\n"
    "});\n"
    "on('tree-view', 'click', function (e) {\n"
    "  var n = e.target.closest('.n');\n"
    "  if (!n) return;\n"
    "  if (e.target.classList.contains('tw')) n.classList.toggle('closed');\n"
    "  else select(lineOf(n), n);\n"
    "});\n"
    "['asm-O0', 'asm-opt'].forEach(function (id) {\n"
    "  on(id, 'click', function (e) {\n"
    "    var el = e.target.closest('.i, .s');\n"
    "    if (el) select(lineOf(el), el);\n"
    "  });\n"
    "});\n"
    "fnSel.addEventListener('change', function () {\n"
    "  showFunction(+fnSel.value);\n"
    "  select(0);\n"
    "  var o = fnSel.options[shown], el = o && byId('source-body').querySelector(\n"
    "      '[data-line=\"' + o.getAttribute('data-start') + '\"]');\n"
    "  if (el) byId('source-body').scrollTop = el.offsetTop - byId('source-body').offsetTop;\n"
    "});\n"
    "function setMode(m) {\n"
    "  body.setAttribute('data-mode', m);\n"
    "  document.querySelectorAll('#modes button').forEach(function (b) {\n"
    "    b.classList.toggle('on', b.getAttribute('data-mode') === m);\n"
    "  });\n"
    "}\n"
    "on('modes', 'click', function (e) {\n"
    "  if (e.target.getAttribute('data-mode')) setMode(e.target.getAttribute('data-mode'));\n"
    "});\n"
    "on('dirs', 'change', function (e) { body.classList.toggle('dirs', e.target.checked); });\n"
    "document.addEventListener('keydown', function (e) {\n"
    "  if (e.target.tagName === 'SELECT' || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;\n"
    "  var n = selected + (e.key === 'ArrowDown' ? 1 : -1);\n"
    "  if (byId('source-body').querySelector('[data-line=\"' + n + '\"]')) {\n"
    "    e.preventDefault();\n"
    "    select(n);\n"
    "  }\n"
    "});\n"
    "var start = fnSel.querySelector('option[data-name=\"main\"]') || fnSel.options[0];\n"
    "if (start) showFunction(+start.value);\n"
    "function first(list, prefix) {\n"
    "  for (var i = 0; i < list.length; i++)\n"
    "    if (list[i].textContent.indexOf(prefix) === 0) return list[i];\n"
    "  throw new Error('nothing starts with ' + prefix);\n"
    "}\n"
    "function runTest(steps) {\n"
    "  var log = [];\n"
    "  steps.split('&').forEach(function (step) {\n"
    "    var eq = step.indexOf('='), k = step.slice(0, eq), v = decodeURIComponent(step.slice(eq + 1));\n"
    "    try {\n"
    "      if (k === 'mode') setMode(v);\n"
    "      else if (k === 'click') first(byId('source-body').querySelectorAll('[data-line=\"' + v + '\"]'), '').click();\n"
    "      else if (k === 'insn-O0' || k === 'insn-opt') first(byId(k.slice(5) === 'O0' ? 'asm-O0' : 'asm-opt').querySelectorAll('.i'), v).click();\n"
    "      else if (k === 'node') first(byId('tree-view').querySelectorAll('.lb'), v).click();\n"
    "      else throw new Error('unknown step');\n"
    "      log.push('done ' + step);\n"
    "    } catch (err) { log.push('error ' + step + ': ' + err.message); }\n"
    "  });\n"
    "  var out = document.createElement('pre');\n"
    "  out.id = 'test-result';\n"
    "  void body.offsetHeight; // lays the page out, so that the time below counts it\n"
    "  log.push('selected ' + selected, 'ms ' + Math.round(performance.now()));\n"
    "  out.textContent = log.join('\\n');\n"
    "  body.appendChild(out);\n"
    "}\n"
    "if (location.hash.indexOf('#test-') === 0) runTest(location.hash.slice(6));\n"
    "})();\n";

// All of a temporary file (see explain()): what the compilation said on
// its standard error, or the page it made.  Read with pread, from the
// start, wherever the file's offset is.
static char *read_file_at(int fd) {
  char *buf = NULL;
  size_t len = 0, cap = 0;
  for (;;) {
    if (cap - len < 4096) {
      cap = cap * 2 + 4096;
      buf = realloc(buf, cap + 1);
      if (!buf)
        error("out of memory");
    }
    ssize_t n = pread(fd, buf + len, cap - len, len);
    if (n <= 0)
      break;
    len += n;
  }
  buf[len] = '\0';
  return buf;
}

// The page of a compilation that went through: the program's views, then
// the functions' views that the script fills them from.
static char *build_page(char *input, Preprocess *prep, CodegenConfig *cfg, size_t *len) {
  Page pg = {.input = input, .cfg = *cfg};
  Token *tok = prep(input);
  for (Token *t = tok; t->kind != TK_EOF && !pg.main; t = t->next) {
    File *f = token_file(use_site(t));
    if (f && !strcmp(f->origin->name, input))
      pg.main = f->origin;
  }
  map_main_lines(&pg, tok);

  char *views, *menu;
  size_t views_len, menu_len;
  pg.views = open_memstream(&views, &views_len);
  pg.menu = open_memstream(&menu, &menu_len);
  parse(tok, explain_function, &pg, NULL);
  if (opt_werror && warning_count)
    exit(1);
  fclose(pg.views);
  fclose(pg.menu);

  char *page;
  FILE *out = open_memstream(&page, len);
  write_head(out, format("9cc --explain %s", input));
  fflush(stderr);
  write_header(out, &pg, menu, read_file_at(2));
  write_source(out, &pg);
  write_views(out);
  write_tokens(&pg, out, tok);
  fputs("</div></section>\n</main>\n", out);
  fwrite(views, 1, views_len, out);
  fprintf(out, "<script>\n%s</script>\n</body>\n</html>\n", page_script);
  fclose(out);
  return page;
}

// The page of a compilation that failed: what the compiler said (the
// located message, the line and the caret), and nothing half made.
static char *error_page(char *input, char *diagnostics, size_t *len) {
  char *page;
  FILE *out = open_memstream(&page, len);
  write_head(out, format("9cc --explain %s: errors", input));
  fputs("<body class=\"failed\">\n<header><h1>9cc --explain ", out);
  put_str(out, input);
  fputs("</h1><span>The program does not compile; the compiler said:</span></header>\n"
        "<pre class=\"diag\" id=\"diagnostics\">",
        out);
  put_str(out, diagnostics);
  fputs("</pre>\n</body>\n</html>\n", out);
  fclose(out);
  return page;
}

// The page goes out whole, at the end, so that no half page is left.
static void write_page(char *path, char *page, size_t len) {
  bool to_stdout = !path || !strcmp(path, "-");
  FILE *out = to_stdout ? stdout : fopen(path, "w");
  if (!out)
    error("cannot open output file: %s: %s", path, strerror(errno));
  fwrite(page, 1, len, out);
  if (to_stdout ? fflush(out) != 0 : fclose(out) != 0)
    error("cannot write %s: %s", to_stdout ? "standard output" : path, strerror(errno));
}

// Compiles `input` in a child process whose standard error is a temporary
// file, and writes the page to `output` (NULL or "-": standard output).
// The diagnostics go to this process's standard error too.  A program
// with errors gets a page that shows them, and 9cc exits with status 1.
// The child hands its page over in a second file, so that only a failure
// to compile, never one to write, makes the page of errors.
void explain(char *input, char *output, Preprocess *prep, CodegenConfig *cfg) {
  FILE *diag = tmpfile();
  FILE *made = tmpfile();
  if (!diag || !made)
    error("--explain: no temporary file: %s", strerror(errno));
  pid_t pid = fork_or_die();
  if (pid == 0) {
    if (dup2(fileno(diag), 2) < 0)
      _exit(1);
    opt_color = false; // the page shows the text, not a terminal's colours
    size_t len;
    char *page = build_page(input, prep, cfg, &len);
    if (fwrite(page, 1, len, made) != len || fflush(made) != 0)
      error("--explain: cannot write a temporary file: %s", strerror(errno));
    exit(0);
  }

  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR)
      error("waitpid failed: %s", strerror(errno));
  char *said = read_file_at(fileno(diag));
  fputs(said, stderr);
  char *page;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    page = read_file_at(fileno(made));
    write_page(output, page, strlen(page));
    return;
  }
  if (WIFSIGNALED(status) && !strstr(said, "internal compiler error"))
    said = format("%s9cc: internal compiler error: %s\n", said, strsignal(WTERMSIG(status)));
  size_t len;
  page = error_page(input, said, &len);
  write_page(output, page, len);
  exit(1);
}
