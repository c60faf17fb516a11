// main.c: the driver.
//
// 9cc behaves like cc: it reads its options, compiles each .c input through
// the stages (tokenize, preprocess, parse, codegen) to assembly, runs `as`
// on it, and finally `ld` with glibc's start files.  With a single .c input
// and no mode flag it writes the assembly to standard output, so that
// `./9cc file.c > file.s` works as in the book this project grew from.
// Everything each stage needs is handed to it here, as arguments.

#include "9cc.h"
#include <fcntl.h>
#include <libgen.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

// What an input is, by -x or its suffix.
typedef enum {
  FILE_NONE,    // -x none: by its suffix
  FILE_C,       // .c, .h, .i, -x c
  FILE_ASM,     // .s, -x assembler
  FILE_ASM_CPP, // .S, .sx, -x assembler-with-cpp: assembly for the preprocessor
  FILE_LINK,    // .o, .a, .so and any other suffix: for the linker, as gcc does
  FILE_LD_ARG,  // not a file: -l, -Wl, or -Xlinker's argument for ld, in its place
} FileType;

// The inputs, and the linker's options that must keep their place among
// them: ld reads -Wl,--whole-archive liba.a -Wl,--no-whole-archive in order.
typedef struct {
  char *path;
  FileType type; // -x's language when it was given, or FILE_LD_ARG
} Input;


static StringArray opt_include;
static bool opt_E;
static bool opt_M;
static bool opt_MD;
static bool opt_MMD;
static bool opt_MP;
static char *opt_MF;
static char *opt_MT;
static bool opt_S;
static bool opt_syntax_only; // -fsyntax-only: check, write nothing
static bool opt_nostdinc;    // -nostdinc: no default include directories
static bool opt_dM;          // -dM with -E: the macros, not the text
static bool opt_dD;          // -dD with -E: the #define lines kept (ignored without -E)
static StringArray as_extra_args; // -Wa, and -Xassembler
static bool opt_c;
static bool opt_v;
static bool opt_w;
// What the linker makes.  Like Debian's gcc, an executable is a PIE unless
// asked otherwise.
typedef enum {
  LINK_PIE,        // the default, and -pie
  LINK_EXEC,       // -no-pie, or -fno-pie without -pie: at a fixed address
  LINK_STATIC,     // -static
  LINK_STATIC_PIE, // -static-pie: no dynamic linker, relocates itself
  LINK_SHARED,     // -shared
} LinkKind;

static bool opt_static;
static bool opt_static_pie;
static bool opt_pthread; // -pthread: _REENTRANT, and -lpthread for the link
static bool opt_shared;
static bool opt_nostartfiles; // -nostartfiles, -nostdlib: no crt*.o
static bool opt_nolibc;       // -nodefaultlibs, -nolibc, -nostdlib: no -lc
static int opt_pie = -1;    // -pie: 1, -no-pie: 0, neither: -1
static bool pic_given;      // an -f option chose the code's pic level
static LinkKind link_kind;
static int pic_macro_value = 2;
static bool opt_run;
static bool opt_dump_tokens;
static char *color_when = "auto";
static bool opt_dump_ast;
static bool opt_explain;
static bool opt_stdout_asm; // no mode flag and a single .c input

// How `9cc file.c` without -S/-c/-E/-o behaves.  The book's way, as `9cc`:
// the assembly on standard output.  As a cc (invoked under a name ending
// in "cc" other than 9cc, such as the 9cc-cc link, or with
// --driver-mode=cc): like any cc, an executable a.out, which is what
// build systems expect of $CC.
static bool cc_mode;
static char *opt_o;
static FileType opt_x;
static StringArray run_args;
static CodegenConfig cg_config = {.optimize = true, .pic = PIC_PIE, .builtin_memcpy = true};
static char *opt_level; // what follows the last -O ("2", "s", ""), NULL without one

static StringArray ld_extra_args;
static StringArray include_paths;
static StringArray tmpfiles;
static Input *inputs;
static int num_inputs;
static int num_files; // the inputs that are files
static StringArray defines; // "-D x=y" and "-U x" in order: "Dx=y" / "Ux"

static char *lib_dir = "/usr/lib/x86_64-linux-gnu";
// --sysroot=DIR: the logical root of the system's headers and libraries,
// as gcc takes it (a copy of a target system, for a cross build): their
// directories are looked for under DIR, and ld gets --sysroot=DIR too, for
// the paths in libc.so's linker script.  -isysroot DIR: for the headers
// only.  "" is the machine's own root.
static char *sysroot = "";
static char *isysroot;

static char *in_sysroot(char *path) {
  return *sysroot ? format("%s%s", sysroot, path) : path;
}
// Where ld looks for libraries after the -L directories, in order.
static char *lib_dirs[] = {"/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/lib64",
                           "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
                           "/usr/lib", "/lib"};
#define NUM_LIB_DIRS (int)(sizeof(lib_dirs) / sizeof(*lib_dirs))
// The include search, in gcc's order: "file" beside the including file,
// then -iquote's directories (for "file" only), -I's, -isystem's, 9cc's
// own and the system's, and -idirafter's last.
static StringArray iquote_paths, isystem_paths, idirafter_paths;
static StringArray opt_imacros; // -imacros FILE: its macros, not its text
static char *self_dir;

static void usage(int status) {
  fprintf(status ? stderr : stdout,
          "Usage: 9cc [options] file...\n"
          "\n"
          "With one .c file and no -S/-c/-E/-o, prints its assembly to stdout;\n"
          "invoked as 9cc-cc (or any name ending in cc), or with --driver-mode=cc,\n"
          "it links a.out instead, as cc does.\n"
          "\n"
          "Options:\n"
          "  -o FILE       write the output to FILE\n"
          "  -S            compile only; write assembly (.s)\n"
          "  -c            compile and assemble; write an object file (.o)\n"
          "  -E            preprocess only; write to stdout\n"
          "  -P, -dM, -dD  with -E: no line markers; the macros instead of the text;\n"
          "                the #define lines kept in it\n"
          "  -fsyntax-only check the inputs, write nothing\n"
          "  -save-temps[=obj|=cwd]   keep each C input's .i and .s (and a link's .o)\n"
          "  -I DIR        add DIR to the include search path\n"
          "  -D NAME[=VAL] define a macro\n"
          "  -U NAME       undefine a macro\n"
          "  -include FILE include FILE before the input\n"
          "  -imacros FILE take only the macros of FILE\n"
          "  -iquote DIR, -isystem DIR, -idirafter DIR   search DIR for \"file\" only,\n"
          "                before the system's headers, after them\n"
          "  -Wp,OPTS, -Xpreprocessor OPT   options for the preprocessor (-D, -I, -MMD FILE...)\n"
          "  -Wa,OPTS, -Xassembler OPT      options passed on to as\n"
          "  -x LANG       the following inputs are c, assembler, assembler-with-cpp, or none (by suffix)\n"
          "  -std=STD      c89, c99, c11, c17 (default gnu17), c23 (or c2x), and gnu spellings\n"
          "  -l LIB, -L DIR, -Wl,ARGS, -static, -shared   passed to the linker\n"
          "  -fPIC         position-independent code for a shared library\n"
          "  -fno-pie, -no-pie   code and executable at a fixed address (default: PIE)\n"
          "  -static-pie   a static position-independent executable\n"
          "  -fstack-protector, -fstack-protector-strong, -fstack-protector-all,\n"
          "  -fno-stack-protector   canaries against stack buffer overflows, as gcc's\n"
          "  -fcf-protection[=full|branch|return|check|none]   endbr64 landing pads, CET note\n"
          "  -fstack-clash-protection   probe each page of big frames and allocas\n"
          "  -g            emit line information for debuggers\n"
          "  -O0           plain stack-machine code, without the code generator's improvements\n"
          "  -O, -O1, -O2, -O3, -Os   the improved code (the default)\n"
          "  -M, -MM, -MD, -MMD, -MF FILE, -MT TARGET, -MP   write dependencies\n"
          "  -w            suppress warnings\n"
          "  --driver-mode=cc|book   a.out, or assembly on stdout, for `9cc f.c`\n"
          "  --dump-tokens print the tokens after preprocessing, one per line\n"
          "  --dump-ast    print each function's syntax tree with types\n"
          "  --explain     write one HTML page (-o FILE.html) linking source, tokens, trees, assembly\n"
          "  -fverbose-asm annotate the assembly with source lines and stack depth\n"
          "  -fdiagnostics-color=auto|always|never   colour the diagnostics\n"
          "  -Werror       treat warnings as errors\n"
          "  -run FILE ARGS...   compile FILE, run it with ARGS, return its status\n"
          "  --version, -v, -dumpmachine, -dumpversion, -dumpfullversion, --help\n"
          "  -print-search-dirs, -print-file-name=NAME, -print-prog-name=NAME,\n"
          "  -print-libgcc-file-name, -print-multi-directory, -print-multi-lib,\n"
          "  -print-sysroot (each also as --print-...)\n"
          "  -pthread      define _REENTRANT and link with -lpthread\n"
          "  -T SCRIPT, -e SYMBOL, -nostdlib, -nostartfiles, -nodefaultlibs   for the link\n"
          "  -ansi, -funsigned-char, -fshort-enums, -fgnu89-inline, -ffreestanding,\n"
          "  -fno-builtin, -trigraphs, -fcommon, -nostdinc   the dialect and the\n"
          "                defaults, as gcc's\n"
          "\n"
          "  -            read the C program from standard input\n"
          "\n"
          "Accepted and ignored: other -W*, -f*, -m* (-m64, -march=*), -pedantic;\n"
          "refused: those 9cc cannot honour (-m32, -fsanitize=*, -fshort-wchar, ...).\n");
  exit(status);
}

static bool take_arg(char *arg) {
  char *x[] = {"-o", "-I", "-idirafter", "-include", "-x", "-MF", "-MT", "-MQ", "-D", "-U",
               "--sysroot", "-isysroot",
               "-L", "-l", "-isystem", "-Xlinker", "-z", "-u", "-Xpreprocessor",
               "-Xassembler", "-T", "-e", "-iquote", "-imacros"};

  for (size_t i = 0; i < sizeof(x) / sizeof(*x); i++)
    if (!strcmp(arg, x[i]))
      return true;
  return false;
}

// The directory of the 9cc binary, where its headers are found.
static void find_self_dir(char *argv0) {
  char *path = realpath("/proc/self/exe", NULL);
  if (!path)
    path = strdup(argv0);
  self_dir = dirname(strdup(path));
}

// 9cc's own headers: include/ beside the binary, or lib/9cc/include
// beside an installed one's bin/.  NULL if neither has them.
static char *own_include_dir(void) {
  char *installed = format("%s/../lib/9cc/include", self_dir);
  struct stat st;
  if (stat(format("%s/include/stddef.h", self_dir), &st) == 0)
    return format("%s/include", self_dir);
  if (stat(format("%s/stddef.h", installed), &st) == 0)
    return installed;
  return NULL;
}

// include_paths holds -I's directories until here; see iquote_paths.
static void add_default_include_paths(void) {
  StringArray dirs = {0};
  for (int i = 0; i < iquote_paths.len; i++)
    strarray_push(&dirs, iquote_paths.data[i]);
  for (int i = 0; i < include_paths.len; i++)
    strarray_push(&dirs, include_paths.data[i]);
  for (int i = 0; i < isystem_paths.len; i++)
    strarray_push(&dirs, isystem_paths.data[i]);
  include_paths = dirs;
  pp_quote_dirs = iquote_paths.len;
  // 9cc's own headers come before the system's: stddef.h, stdarg.h and
  // friends (neither with -nostdinc, as gcc's).
  if (own_include_dir() && !opt_nostdinc)
    strarray_push(&include_paths, own_include_dir());
  if (!opt_nostdinc) {
    char *root = isysroot ? isysroot : sysroot;
    strarray_push(&include_paths, format("%s/usr/local/include", root));
    strarray_push(&include_paths, format("%s/usr/include/x86_64-linux-gnu", root));
    strarray_push(&include_paths, format("%s/usr/include", root));
  }
  for (int i = 0; i < idirafter_paths.len; i++)
    strarray_push(&include_paths, idirafter_paths.data[i]);
}

static void add_input(char *path, FileType type) {
  inputs = realloc(inputs, sizeof(Input) * (num_inputs + 1));
  if (!inputs)
    error("out of memory");
  inputs[num_inputs++] = (Input){path, type};
  if (type != FILE_LD_ARG)
    num_files++;
}

static FileType get_file_type(Input *in) {
  char *name = in->path;
  if (in->type != FILE_NONE)
    return in->type;
  if (ends_with(name, ".c") || ends_with(name, ".h") || ends_with(name, ".i") || !strcmp(name, "-"))
    return FILE_C;
  if (ends_with(name, ".s"))
    return FILE_ASM;
  if (ends_with(name, ".S") || ends_with(name, ".sx"))
    return FILE_ASM_CPP;
  return FILE_LINK;
}

// What 9cc says it is, for --version and -v: a gcc-compatible compiler,
// in words that configure scripts look for (zlib's takes the gcc path when
// `$CC -v` says "gcc"), the way clang says it.
static void print_version(FILE *out) {
  fprintf(out, "9cc version 1.0 (gcc-compatible, x86_64-linux-gnu)\n"
               "Target: x86_64-linux-gnu\n"
               "Thread model: posix\n");
}

// -print-search-dirs: as gcc prints them; 9cc runs as and ld from PATH.
static void print_search_dirs(void) {
  printf("install: %s/\nprograms: =%s\nlibraries: =", self_dir, self_dir);
  for (int i = 0; i < NUM_LIB_DIRS; i++)
    printf("%s%s", i ? ":" : "", in_sysroot(lib_dirs[i]));
  printf("\n");
}

// -print-file-name=NAME: where the link would find NAME, or NAME itself,
// as gcc answers; "include" is the directory of 9cc's own headers.
static void print_file_name(char *name) {
  struct stat st;
  if (!strcmp(name, "include") && own_include_dir()) {
    printf("%s\n", own_include_dir());
    return;
  }
  for (int i = 0; i < NUM_LIB_DIRS; i++) {
    char *path = format("%s/%s", in_sysroot(lib_dirs[i]), name);
    if (stat(path, &st) == 0) {
      printf("%s\n", path);
      return;
    }
  }
  printf("%s\n", name);
}

// The options that answer a question and exit, as gcc's do (and -v, which
// says what 9cc is and shows the commands it runs).  gcc also takes each
// -print-* spelled --print-*.  9cc's code needs no libgcc, so
// -print-libgcc-file-name answers as for any file: the path if the library
// directories hold one, else the bare name, as gcc answers for a missing
// file.  No multilibs: 9cc makes 64-bit code only.
static bool info_option(char *arg) {
  if (!strcmp(arg, "--help") || !strcmp(arg, "-h"))
    usage(0);
  if (starts_with(arg, "--print-"))
    arg++;

  if (!strcmp(arg, "--version")) {
    print_version(stdout);
    // meson takes a compiler for gcc only if its --version names the
    // Free Software Foundation (and then reads __GNUC__ from -dM).
    printf("It speaks GNU C and takes the options of gcc, the Free Software Foundation's\n"
           "compiler, whose version it gives as 4.2.1 (__GNUC__).\n");
  } else if (!strcmp(arg, "-dumpversion"))
    printf("12\n");
  else if (!strcmp(arg, "-dumpfullversion"))
    printf("12.2.0\n");
  else if (!strcmp(arg, "-dumpmachine") || !strcmp(arg, "-print-multiarch"))
    printf("x86_64-linux-gnu\n");
  else if (!strcmp(arg, "-print-multi-os-directory"))
    printf("../lib\n");
  else if (!strcmp(arg, "-print-multi-directory"))
    printf(".\n");
  else if (!strcmp(arg, "-print-multi-lib"))
    printf(".;\n");
  else if (!strcmp(arg, "-print-sysroot"))
    printf("%s\n", sysroot);
  else if (!strcmp(arg, "-print-libgcc-file-name"))
    print_file_name("libgcc.a");
  else if (!strcmp(arg, "-print-search-dirs"))
    print_search_dirs();
  else if (starts_with(arg, "-print-file-name="))
    print_file_name(arg + strlen("-print-file-name="));
  else if (starts_with(arg, "-print-prog-name="))
    printf("%s\n", arg + strlen("-print-prog-name="));
  else if (!strcmp(arg, "-v")) {
    opt_v = true;
    print_version(stderr);
    return true;
  } else
    return false;
  exit(0);
}

// The option's value: the rest of ARG after NAME ("-Ifoo"), or the next
// argument ("-I foo"), consumed.  NULL if ARG is not NAME.
static char *option_value(char **argv, int *i, char *name) {
  char *arg = argv[*i];
  if (!strcmp(arg, name))
    return argv[++*i];
  if (starts_with(arg, name))
    return arg + strlen(name);
  return NULL;
}

// What to produce: -o, -S, -c, -E and the dumps.
// -save-temps: keep the preprocessed text (.i) and the assembly (.s), and
// the object of a link, beside the output (=obj, gcc 12's default) or in
// the current directory (=cwd).
static enum { SAVE_TEMPS_NONE, SAVE_TEMPS_OBJ, SAVE_TEMPS_CWD } save_temps;

static bool mode_option(char **argv, int *i) {
  char *arg = argv[*i];
  char *val;
  if (!strcmp(arg, "--dump-tokens"))
    opt_dump_tokens = true;
  else if (!strcmp(arg, "--dump-ast"))
    opt_dump_ast = true;
  else if (!strcmp(arg, "--explain"))
    opt_explain = true;
  else if ((val = option_value(argv, i, "-o")))
    opt_o = val;
  else if (!strcmp(arg, "-S"))
    opt_S = true;
  else if (!strcmp(arg, "-c"))
    opt_c = true;
  else if (!strcmp(arg, "-E"))
    opt_E = true;
  else if (!strcmp(arg, "-fsyntax-only"))
    opt_syntax_only = true;
  else if (!strcmp(arg, "-save-temps") || !strcmp(arg, "-save-temps=obj"))
    save_temps = SAVE_TEMPS_OBJ;
  else if (!strcmp(arg, "-save-temps=cwd"))
    save_temps = SAVE_TEMPS_CWD;
  else if (!strcmp(arg, "--driver-mode=cc"))
    cc_mode = true;
  else if (!strcmp(arg, "--driver-mode=book"))
    cc_mode = false;
  else
    return false;
  return true;
}

// Whether 9cc was invoked as a cc: under a name ending in "cc" that is
// not 9cc itself (cc, 9cc-cc, x86_64-linux-gnu-9cc-cc).
static bool invoked_as_cc(char *argv0) {
  char *name = strrchr(argv0, '/') ? strrchr(argv0, '/') + 1 : argv0;
  return strcmp(name, "9cc") && ends_with(name, "cc");
}

// --sysroot=DIR (or --sysroot DIR) and -isysroot DIR, which parse_args()
// reads before the other options.
static bool sysroot_option(char **argv, int *i) {
  char *arg = argv[*i], *val;
  if (starts_with(arg, "--sysroot="))
    sysroot = arg + strlen("--sysroot=");
  else if (!strcmp(arg, "--sysroot"))
    sysroot = argv[++*i];
  else if ((val = option_value(argv, i, "-isysroot")))
    isysroot = val;
  else
    return false;
  return true;
}

// Include paths, macros and -include.
static bool preprocessor_option(char **argv, int *i) {
  char *arg = argv[*i];
  char *val;
  if ((val = option_value(argv, i, "-I")))
    strarray_push(&include_paths, val);
  else if ((val = option_value(argv, i, "-iquote")))
    strarray_push(&iquote_paths, val);
  else if ((val = option_value(argv, i, "-isystem")))
    strarray_push(&isystem_paths, val);
  else if ((val = option_value(argv, i, "-idirafter")))
    strarray_push(&idirafter_paths, val);
  else if ((val = option_value(argv, i, "-D")))
    strarray_push(&defines, format("D%s", val));
  else if ((val = option_value(argv, i, "-U")))
    strarray_push(&defines, format("U%s", val));
  else if (!strcmp(arg, "-include"))
    strarray_push(&opt_include, argv[++*i]);
  else if (!strcmp(arg, "-imacros"))
    strarray_push(&opt_imacros, argv[++*i]);
  else if (!strcmp(arg, "-P"))
    pp_line_markers = false;
  else if (!strcmp(arg, "-nostdinc"))
    opt_nostdinc = true;
  else if (!strcmp(arg, "-dM"))
    opt_dM = true;
  else if (!strcmp(arg, "-dD"))
    opt_dD = true;
  else
    return false;
  return true;
}

static bool dependency_option(char **argv, int *i);

// -Wp,OPTS and -Xpreprocessor OPT: options for the preprocessor, which in
// 9cc is 9cc.  Fedora's build flags give -Wp,-D_FORTIFY_SOURCE=2 and
// Linux's kbuild -Wp,-MMD,FILE: there -MD and -MMD name their file, as
// cpp's own options do.
static void preprocessor_args(char **args) {
  for (int i = 0; args[i]; i++) {
    if ((!strcmp(args[i], "-MD") || !strcmp(args[i], "-MMD")) && args[i + 1]) {
      opt_MD = true;
      opt_MMD |= !strcmp(args[i], "-MMD");
      opt_MF = args[++i];
    } else if (take_arg(args[i]) && !args[i + 1]) {
      error("missing argument to '%s'", args[i]);
    } else if (!preprocessor_option(args, &i) && !dependency_option(args, &i)) {
      error("unrecognized preprocessor option '%s'", args[i]);
    }
  }
}

// "-Wx,a,b" split at its commas after the prefix: {"a", "b", NULL}.
static char **comma_list(char *arg) {
  StringArray arr = {0};
  char *save;
  for (char *p = strtok_r(strdup(arg + 4), ",", &save); p; p = strtok_r(NULL, ",", &save))
    strarray_push(&arr, p);
  strarray_push(&arr, NULL);
  return arr.data;
}

// Options passed on through -Wp, -Wa and -X: to the preprocessor or to as.
static bool passed_on_option(char **argv, int *i) {
  char *arg = argv[*i];
  if (starts_with(arg, "-Wp,")) {
    preprocessor_args(comma_list(arg));
  } else if (!strcmp(arg, "-Xpreprocessor")) {
    preprocessor_args((char *[]){argv[++*i], NULL});
  } else if (starts_with(arg, "-Wa,")) {
    for (char **p = comma_list(arg); *p; p++)
      strarray_push(&as_extra_args, *p);
  } else if (!strcmp(arg, "-Xassembler")) {
    strarray_push(&as_extra_args, argv[++*i]);
  } else {
    return false;
  }
  return true;
}

// -x LANG: how the inputs that follow are read.
static bool language_option(char **argv, int *i) {
  char *lang = option_value(argv, i, "-x");
  if (!lang)
    return false;
  if (!strcmp(lang, "c") || !strcmp(lang, "c-header") || !strcmp(lang, "cpp-output"))
    opt_x = FILE_C;
  else if (!strcmp(lang, "assembler"))
    opt_x = FILE_ASM;
  else if (!strcmp(lang, "assembler-with-cpp"))
    opt_x = FILE_ASM_CPP;
  else if (!strcmp(lang, "none"))
    opt_x = FILE_NONE;
  else
    error("language %s not recognized", lang);
  return true;
}

// -M and friends: the dependencies for make.
static bool dependency_option(char **argv, int *i) {
  char *arg = argv[*i];
  if (!strcmp(arg, "-M")) {
    opt_M = true;
  } else if (!strcmp(arg, "-MM")) {
    opt_M = opt_MMD = true; // like -M, without system headers
  } else if (!strcmp(arg, "-MF")) {
    opt_MF = argv[++*i];
  } else if (!strcmp(arg, "-MP")) {
    opt_MP = true;
  } else if (!strcmp(arg, "-MT") || !strcmp(arg, "-MQ")) {
    char *target = argv[++*i];
    opt_MT = opt_MT ? format("%s %s", opt_MT, target) : target;
  } else if (!strcmp(arg, "-MD")) {
    opt_MD = true;
  } else if (!strcmp(arg, "-MMD")) {
    opt_MD = opt_MMD = true;
  } else {
    return false;
  }
  return true;
}

// -fpic, -fpie and their -fno- forms: the last one chooses.
static bool pic_option(char *arg) {
  if (!strcmp(arg, "-fpic") || !strcmp(arg, "-fPIC"))
    cg_config.pic = PIC_PIC;
  else if (!strcmp(arg, "-fpie") || !strcmp(arg, "-fPIE"))
    cg_config.pic = PIC_PIE;
  else if (!strcmp(arg, "-fno-pic") || !strcmp(arg, "-fno-PIC") || !strcmp(arg, "-fno-pie") ||
           !strcmp(arg, "-fno-PIE"))
    cg_config.pic = PIC_NONE;
  else
    return false;
  pic_given = true;
  // gcc's __pic__ and __pie__ are 1 for -fpic and -fpie, 2 for -fPIC and -fPIE.
  pic_macro_value = !strcmp(arg, "-fpic") || !strcmp(arg, "-fpie") ? 1 : 2;
  return true;
}

// -ffile-prefix-map=OLD=NEW rewrites the paths in the debug information
// (as -fdebug-prefix-map does) and in __FILE__ and __BASE_FILE__ (as
// -fmacro-prefix-map does), so that a build's output does not depend on
// the folder it ran in.
static bool prefix_map_option(char *arg) {
  static char *opts[] = {"-ffile-prefix-map=", "-fdebug-prefix-map=", "-fmacro-prefix-map="};
  for (int i = 0; i < 3; i++) {
    if (!starts_with(arg, opts[i]))
      continue;
    char *map = arg + strlen(opts[i]);
    if (!strchr(map, '='))
      error("invalid argument '%s' to '%.*s'", map, (int)strlen(opts[i]) - 1, arg);
    if (i != 2)
      strarray_push(&cg_config.prefix_maps, map);
    if (i != 1)
      strarray_push(&pp_macro_prefix_maps, map);
    return true;
  }
  return false;
}

// -fvisibility=VALUE: the visibility of the global symbols a file defines,
// unless their own __attribute__((visibility)) says otherwise.
static bool visibility_option(char *arg) {
  if (!starts_with(arg, "-fvisibility="))
    return false;
  char *v = arg + strlen("-fvisibility=");
  if (strcmp(v, "default") && strcmp(v, "hidden") && strcmp(v, "protected") &&
      strcmp(v, "internal"))
    error("unrecognized visibility value '%s'", v);
  cg_config.visibility = strcmp(v, "default") ? v : NULL;
  return true;
}

// -fcf-protection[=full|branch|return|check|none]: gcc's values.
static bool cf_protection_option(char *arg) {
  static struct { char *name; int bits; } cf[] = {
      {"-fcf-protection", CF_BRANCH | CF_RETURN}, {"-fcf-protection=full", CF_BRANCH | CF_RETURN},
      {"-fcf-protection=branch", CF_BRANCH},      {"-fcf-protection=return", CF_RETURN},
      {"-fcf-protection=check", CF_CHECK},        {"-fcf-protection=none", 0},
  };
  for (size_t i = 0; i < sizeof(cf) / sizeof(*cf); i++) {
    if (!strcmp(arg, cf[i].name)) {
      cg_config.cf_protection = cf[i].bits;
      return true;
    }
  }
  if (starts_with(arg, "-fcf-protection="))
    error("unknown -fcf-protection argument '%s'", arg + 16);
  return false;
}

// What the code generator does: -fPIC, -O, -g, -fverbose-asm, -masm.
static bool codegen_option(char *arg) {
  if (pic_option(arg) || prefix_map_option(arg) || visibility_option(arg))
    return true;
  if (!strcmp(arg, "-fverbose-asm")) {
    cg_config.verbose_asm = true;
    return true;
  }
  if (!strcmp(arg, "-fcommon") || !strcmp(arg, "-fno-common")) {
    cg_config.common = !strcmp(arg, "-fcommon");
    return true;
  }
  if (!strcmp(arg, "-fstack-clash-protection") || !strcmp(arg, "-fno-stack-clash-protection")) {
    cg_config.stack_clash = !strcmp(arg, "-fstack-clash-protection");
    return true;
  }
  static struct { char *name; StackProtector level; } ssp[] = {
      {"-fstack-protector", SSP_BUFFERS},    {"-fstack-protector-strong", SSP_STRONG},
      {"-fstack-protector-all", SSP_ALL},    {"-fno-stack-protector", SSP_NONE},
      {"-fstack-protector-explicit", SSP_NONE},
  };
  for (size_t i = 0; i < sizeof(ssp) / sizeof(*ssp); i++) {
    if (!strcmp(arg, ssp[i].name)) {
      cg_config.stack_protector = ssp[i].level;
      return true;
    }
  }
  // The code generator's improvements are on unless -O0 asks for the
  // plain stack machine; -O1, -O2, -Os... all mean the same.  The level
  // given also decides gcc's macros (see define_optimize_macros()).
  if (starts_with(arg, "-O")) {
    cg_config.optimize = strcmp(arg, "-O0") != 0;
    opt_level = arg + 2;
    return true;
  }
  if (cf_protection_option(arg))
    return true;
  if (starts_with(arg, "-g")) {
    cg_config.debug_info = strcmp(arg, "-g0") != 0;
    return true;
  }
  // The syntax of asm templates: AT&T (gcc's default) or Intel.
  if (!strcmp(arg, "-masm=intel") || !strcmp(arg, "-masm=att")) {
    cg_config.intel_asm = !strcmp(arg, "-masm=intel");
    return true;
  }
  return false;
}

// Which warnings, how strictly, in what colour.
static bool diagnostic_option(char *arg) {
  if (starts_with(arg, "-fdiagnostics-color")) {
    char *when = strchr(arg, '=') ? strchr(arg, '=') + 1 : "always";
    if (strcmp(when, "auto") && strcmp(when, "always") && strcmp(when, "never"))
      error("unknown -fdiagnostics-color argument '%s'", when);
    color_when = when;
  } else if (!strcmp(arg, "-fno-diagnostics-color")) {
    color_when = "never";
  } else if (!strcmp(arg, "-w")) {
    opt_w = true;
  } else if (!strcmp(arg, "-Werror")) {
    opt_werror = true;
  } else if (!strcmp(arg, "-Wall") || !strcmp(arg, "-Wreturn-type")) {
    opt_wall = true;
  } else if (!strcmp(arg, "-Wpsabi") || !strcmp(arg, "-Wno-psabi")) {
    opt_no_psabi = !strcmp(arg, "-Wno-psabi");
  } else {
    return false;
  }
  return true;
}

// The options for ld: libraries, directories, -Wl, and the kind of output.
static bool linker_option(char **argv, int *i) {
  char *arg = argv[*i];
  char *val;
  if (!strcmp(arg, "-static")) {
    opt_static = true;
  } else if (!strcmp(arg, "-static-pie")) {
    opt_static_pie = true;
  } else if (!strcmp(arg, "-shared")) {
    opt_shared = true;
  } else if (!strcmp(arg, "-pie") || !strcmp(arg, "-no-pie")) {
    opt_pie = !strcmp(arg, "-pie");
  } else if ((val = option_value(argv, i, "-L"))) {
    strarray_push(&ld_extra_args, "-L");
    strarray_push(&ld_extra_args, val);
  } else if ((val = option_value(argv, i, "-l"))) {
    add_input(format("-l%s", val), FILE_LD_ARG);
  } else if (!strcmp(arg, "-Xlinker")) {
    add_input(argv[++*i], FILE_LD_ARG);
  } else if (!strcmp(arg, "-z") || !strcmp(arg, "-u")) {
    strarray_push(&ld_extra_args, arg);
    strarray_push(&ld_extra_args, argv[++*i]);
  } else if (starts_with(arg, "-Wl,")) {
    char *buf = strdup(arg + 4);
    char *save;
    for (char *p = strtok_r(buf, ",", &save); p; p = strtok_r(NULL, ",", &save))
      add_input(p, FILE_LD_ARG);
  } else if (!strcmp(arg, "-T") || !strcmp(arg, "-e")) {
    add_input(arg, FILE_LD_ARG);
    add_input(argv[++*i], FILE_LD_ARG);
  } else if (!strcmp(arg, "-nostdlib") || !strcmp(arg, "-nostartfiles")) {
    opt_nostartfiles = true;
    opt_nolibc |= !strcmp(arg, "-nostdlib");
  } else if (!strcmp(arg, "-nodefaultlibs") || !strcmp(arg, "-nolibc")) {
    opt_nolibc = true;
  } else if (!strcmp(arg, "-static-libgcc") || !strcmp(arg, "-shared-libgcc")) {
    // 9cc's code needs nothing of libgcc (int128.c's runtime is its own).
  } else if (!strcmp(arg, "-pthread")) {
    opt_pthread = true;
    strarray_push(&defines, "D_REENTRANT");
  } else {
    return false;
  }
  return true;
}

// -std=c99, gnu11, c2x, iso9899:2011, ...: the standard's __STDC_VERSION__
// (198900 for C89, which has none).
static void std_option(char *arg) {
  static struct { char *name; int version; } stds[] = {
      {"c89", 198900},          {"c90", 198900},          {"gnu89", 198900},
      {"gnu90", 198900},        {"iso9899:1990", 198900}, {"iso9899:199409", 199409},
      {"c99", 199901},          {"gnu99", 199901},        {"c9x", 199901},
      {"gnu9x", 199901},        {"iso9899:1999", 199901}, {"iso9899:199x", 199901},
      {"c11", 201112},          {"gnu11", 201112},        {"c1x", 201112},
      {"gnu1x", 201112},        {"iso9899:2011", 201112}, {"c17", 201710},
      {"c18", 201710},          {"gnu17", 201710},        {"gnu18", 201710},
      {"iso9899:2017", 201710}, {"iso9899:2018", 201710}, {"c2x", 202311},
      {"gnu2x", 202311},        {"c23", 202311},          {"gnu23", 202311},
      {"iso9899:2024", 202311},
  };
  for (size_t i = 0; i < sizeof(stds) / sizeof(*stds); i++) {
    if (!strcmp(arg + 5, stds[i].name)) {
      opt_std = stds[i].version;
      opt_strict_ansi = !starts_with(stds[i].name, "gnu");
      return;
    }
  }
  error("unrecognized command-line option '%s'", arg);
}

static int gnu89_inline = -1; // -f(no-)gnu89-inline; -1: as -std= says

// The dialect: -ansi, and the -f options that change what a program means
// (char's sign, enums' size, inline, hosted, builtins).  Dropping any of them would
// compile a different program than gcc does.
static bool dialect_option(char *arg) {
  if (!strcmp(arg, "-ansi"))
    std_option("-std=c90");
  else if (!strcmp(arg, "-funsigned-char") || !strcmp(arg, "-fno-signed-char"))
    ty_char->is_unsigned = true;
  else if (!strcmp(arg, "-fsigned-char") || !strcmp(arg, "-fno-unsigned-char"))
    ty_char->is_unsigned = false;
  else if (!strcmp(arg, "-fshort-enums") || !strcmp(arg, "-fno-short-enums"))
    opt_short_enums = !strcmp(arg, "-fshort-enums");
  else if (!strcmp(arg, "-fgnu89-inline") || !strcmp(arg, "-fno-gnu89-inline"))
    gnu89_inline = !strcmp(arg, "-fgnu89-inline");
  else if (!strcmp(arg, "-ffreestanding") || !strcmp(arg, "-fhosted"))
    cg_config.builtin_memcpy = !(opt_freestanding = !strcmp(arg, "-ffreestanding"));
  else if (!strcmp(arg, "-fno-builtin") || !strcmp(arg, "-fno-builtin-memcpy"))
    cg_config.builtin_memcpy = false; // memcpy may be the program's own
  else if (!strcmp(arg, "-fbuiltin") || !strcmp(arg, "-fbuiltin-memcpy"))
    cg_config.builtin_memcpy = true;
  else if (!strcmp(arg, "-trigraphs"))
    opt_trigraphs = true;
  else
    return false;
  return true;
}

// What -std= implies unless an option said otherwise: gnu89's inline for
// C89, and trigraphs in the strict modes before C23 (as gcc).
static void settle_dialect(void) {
  opt_gnu89_inline = gnu89_inline == -1 ? opt_std < 199901 : gnu89_inline;
  opt_trigraphs |= opt_strict_ansi && opt_std < 202311;
}

// Options gcc honours that 9cc cannot: refused rather than dropped, since
// each would make a different program (another ABI or target, another
// character set, instrumentation the user counts on).  A configure probe
// then sees the option fail, as it would with a compiler without it.
static void refuse_unsupported(char *arg) {
  static char *exact[] = {"-m32", "-mx32", "-m16", "-mabi=ms", "-mno-red-zone", "-mno-sse",
                          "-mno-sse2", "-mgeneral-regs-only", "-mlong-double-64",
                          "-mlong-double-128", "-malign-double", "-fshort-wchar",
                          "-fpack-struct", "-funsigned-bitfields", "-fleading-underscore",
                          "-fsingle-precision-constant", "-pg", "-p", "--coverage",
                          "-fprofile-arcs", "-ftest-coverage", "-fprofile-generate"};
  static char *prefix[] = {"-fsanitize=", "-fpack-struct=", "-mcmodel=", "-fprofile-generate="};
  bool refuse = false;
  for (size_t i = 0; i < sizeof(exact) / sizeof(*exact); i++)
    refuse |= !strcmp(arg, exact[i]);
  for (size_t i = 0; i < sizeof(prefix) / sizeof(*prefix); i++)
    refuse |= starts_with(arg, prefix[i]);
  if (!strcmp(arg, "-mcmodel=small"))
    refuse = false;
  // The character sets: 9cc reads and writes UTF-8 (and UTF-32 wide).
  char *cs = starts_with(arg, "-finput-charset=") ? arg + 16
             : starts_with(arg, "-fexec-charset=") ? arg + 15
                                                    : NULL;
  if (cs && strcasecmp(cs, "UTF-8") && strcasecmp(cs, "UTF8"))
    refuse = true;
  if (starts_with(arg, "-fwide-exec-charset=") && strcasecmp(arg + 20, "UTF-32") &&
      strcasecmp(arg + 20, "UTF-32LE"))
    refuse = true;
  if (refuse)
    error("the option '%s' is not supported", arg);
}

// Options that mean nothing to 9cc but that build systems pass.
static bool ignored_option(char *arg) {
  refuse_unsupported(arg);
  if (starts_with(arg, "-std="))
    std_option(arg);
  if (starts_with(arg, "-O") || starts_with(arg, "-W") || starts_with(arg, "-f") ||
      starts_with(arg, "-std=") || starts_with(arg, "-m") || !strcmp(arg, "-pedantic") ||
      !strcmp(arg, "-pedantic-errors") || !strcmp(arg, "-pipe") ||
      !strcmp(arg, "-rdynamic") || !strcmp(arg, "-s") ||
      !strcmp(arg, "-C") || !strcmp(arg, "-Qunused-arguments")) {
    if (!strcmp(arg, "-rdynamic"))
      strarray_push(&ld_extra_args, "--export-dynamic");
    if (!strcmp(arg, "-s"))
      strarray_push(&ld_extra_args, "-s");
    return true;
  }
  return false;
}

// -run FILE ARGS...: the rest of the command line is the program's.
static void take_run_args(int argc, char **argv, int i) {
  opt_run = true;
  if (i + 1 >= argc)
    error("-run needs a file name");
  add_input(argv[i + 1], opt_x);
  for (i += 2; i < argc; i++)
    strarray_push(&run_args, argv[i]);
}

// -no-pie without an -f option for the code asks for the code of a
// fixed-address executable too; -fno-pie asks for its link.
static void choose_link_kind(void) {
  if (opt_pie == 0 && !pic_given)
    cg_config.pic = PIC_NONE;
  if (opt_shared)
    link_kind = LINK_SHARED;
  else if (opt_static_pie)
    link_kind = LINK_STATIC_PIE;
  else if (opt_static)
    link_kind = LINK_STATIC;
  else if (opt_pie == 0 || (opt_pie == -1 && cg_config.pic == PIC_NONE))
    link_kind = LINK_EXEC;
  else
    link_kind = LINK_PIE;
}

// gcc's long spellings of some options: --std=c99 (which coreutils'
// tests pass when they build a shared library), --ansi, --pedantic.
static char *short_spelling(char *arg) {
  if (starts_with(arg, "--std=") || !strcmp(arg, "--ansi") || !strcmp(arg, "--pedantic"))
    return arg + 1;
  return arg;
}

static void parse_args(int argc, char **argv) {
  // Make sure that all command line options that take an argument
  // have an argument.
  // (Arguments after -run FILE belong to the program.)
  for (int i = 1; i < argc && strcmp(argv[i], "-run"); i++)
    if (take_arg(argv[i]) && !argv[++i])
      error("missing argument to '%s'", argv[i - 1]);
  // The roots first: -print-sysroot and the like answer with them.
  for (int i = 1; i < argc && strcmp(argv[i], "-run"); i++)
    sysroot_option(argv, &i);

  for (int i = 1; i < argc; i++) {
    char *arg = argv[i] = short_spelling(argv[i]);
    if (!strcmp(arg, "-run")) {
      take_run_args(argc, argv, i);
      break;
    }
    if (sysroot_option(argv, &i) || info_option(arg) || mode_option(argv, &i) ||
        preprocessor_option(argv, &i) ||
        passed_on_option(argv, &i) ||
        language_option(argv, &i) || dependency_option(argv, &i) || codegen_option(arg) ||
        diagnostic_option(arg) || linker_option(argv, &i) || dialect_option(arg) ||
        ignored_option(arg))
      continue;
    if (arg[0] == '-' && arg[1] != '\0')
      error("unrecognized command-line option '%s'", arg);
    add_input(arg, opt_x);
  }

  choose_link_kind();
  settle_dialect();

  if (num_files == 0 && opt_v)
    exit(0); // -v alone: what 9cc is, like gcc -v
  // Options for ld alone still make a link, as with gcc: meson asks
  // `cc -Wl,--version` which linker it drives.
  if (num_inputs == 0)
    error("no input files");
}

static FILE *open_file(char *path) {
  if (!path || strcmp(path, "-") == 0)
    return stdout;

  FILE *out = fopen(path, "w");
  if (!out)
    error("cannot open output file: %s: %s", path, strerror(errno));
  return out;
}

// Replace file extension
static char *replace_extn(char *tmpl, char *extn) {
  char *filename = basename(strdup(tmpl));
  char *dot = strrchr(filename, '.');
  if (dot)
    *dot = '\0';
  return format("%s%s", filename, extn);
}

static void cleanup(void) {
  for (int i = 0; i < tmpfiles.len; i++)
    unlink(tmpfiles.data[i]);
}

static char *create_tmpfile(void) {
  char *path = strdup("/tmp/9cc-XXXXXX");
  int fd = mkstemp(path);
  if (fd == -1)
    error("mkstemp failed: %s", strerror(errno));
  close(fd);

  strarray_push(&tmpfiles, path);
  return path;
}

// Starts a command, its standard input from IN_FD (or ours if -1); with
// -v, prints its command line first.
static pid_t start_subprocess(char **argv, int in_fd) {
  if (opt_v) {
    fprintf(stderr, "%s", argv[0]);
    for (int i = 1; argv[i]; i++)
      fprintf(stderr, " %s", argv[i]);
    fprintf(stderr, "\n");
  }

  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid == -1)
    error("fork failed: %s", strerror(errno));
  if (pid == 0) {
    // 9cc ignores SIGPIPE (see compile_and_assemble()); what it runs, the
    // program of -run included, must not inherit that.
    signal(SIGPIPE, SIG_DFL);
    if (in_fd > 0) {
      dup2(in_fd, 0);
      close(in_fd);
    }
    execvp(argv[0], argv);
    fprintf(stderr, "9cc: error: exec failed: %s: %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  return pid;
}

// A child's exit status, or 128 + the signal that killed it.
static int wait_subprocess(pid_t pid) {
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR)
      error("waitpid failed");
  if (WIFEXITED(status))
    return WEXITSTATUS(status);
  return 128 + WTERMSIG(status);
}

static int run_subprocess(char **argv) {
  return wait_subprocess(start_subprocess(argv, -1));
}

// gcc's __pic__, __PIC__, __pie__ and __PIE__, which assembly and
// configure tests read.
static void define_pic_macros(void) {
  char *val = format("%d", pic_macro_value);
  if (cg_config.pic != PIC_NONE) {
    pp_define("__pic__", val);
    pp_define("__PIC__", val);
  }
  if (cg_config.pic == PIC_PIE) {
    pp_define("__pie__", val);
    pp_define("__PIE__", val);
  }
}

// gcc's value of __SSP__ (1), __SSP_ALL__ (2) or __SSP_STRONG__ (3).
static int ssp_macro_value(void) {
  return cg_config.stack_protector == SSP_BUFFERS ? 1
         : cg_config.stack_protector == SSP_ALL   ? 2
                                                  : 3;
}

// What gcc says of the -O level (9cc's own default, the improved code, is
// no -O for them): __OPTIMIZE__ from -O1 on, which glibc's _FORTIFY_SOURCE
// waits for; __OPTIMIZE_SIZE__ for -Os and -Oz; __NO_INLINE__ only
// without optimization (-Og aside).  And -fcf-protection's __CET__ and
// the stack protector's __SSP__ and the like.
static void define_optimize_macros(void) {
  if (opt_level && strcmp(opt_level, "0")) {
    pp_define("__OPTIMIZE__", "1");
    pp_undef("__NO_INLINE__");
  }
  if (opt_level && (!strcmp(opt_level, "s") || !strcmp(opt_level, "z")))
    pp_define("__OPTIMIZE_SIZE__", "1");
  if (cg_config.cf_protection)
    pp_define("__CET__", format("%d", cg_config.cf_protection));
  static char *ssp[] = {[SSP_BUFFERS] = "__SSP__", [SSP_STRONG] = "__SSP_STRONG__",
                        [SSP_ALL] = "__SSP_ALL__"};
  if (cg_config.stack_protector != SSP_NONE)
    pp_define(ssp[cg_config.stack_protector], format("%d", ssp_macro_value()));
}

static void apply_defines(void) {
  define_pic_macros();
  define_optimize_macros();
  for (int i = 0; i < defines.len; i++) {
    char *d = defines.data[i];
    if (d[0] == 'U') {
      pp_undef(d + 1);
      continue;
    }
    char *eq = strchr(d + 1, '=');
    if (eq)
      pp_define(str_ndup(d + 1, eq - d - 1), eq + 1);
    else
      pp_define(d + 1, "1");
  }
}

static Token *must_tokenize_file(char *path, bool lazily) {
  Token *tok = tokenize_file(path, lazily, NULL);
  if (!tok)
    error("%s: %s", path, strerror(errno));
  return tok;
}

// Appends tok2 to tok1, dropping tok1's EOF.
static Token *append_tokens(Token *tok1, Token *tok2) {
  if (!tok1 || tok1->kind == TK_EOF)
    return tok2;
  Token *t = tok1;
  while (t->next->kind != TK_EOF)
    t = t->next;
  t->next = tok2;
  return tok1;
}

// Quotes a path for a Makefile rule.
static char *quote_makefile(char *s) {
  char *buf = xcalloc(1, strlen(s) * 2 + 1);
  for (int i = 0, j = 0; s[i]; i++) {
    switch (s[i]) {
    case '$':
      buf[j++] = '$';
      buf[j++] = '$';
      break;
    case '#':
      buf[j++] = '\\';
      buf[j++] = '#';
      break;
    case ' ':
    case '\t':
      for (int k = i - 1; k >= 0 && s[k] == '\\'; k--)
        buf[j++] = '\\';
      buf[j++] = '\\';
      buf[j++] = s[i];
      break;
    default:
      buf[j++] = s[i];
      break;
    }
  }
  return buf;
}

static bool is_system_header(char *path) {
  return starts_with(path, "/usr/") || (self_dir && starts_with(path, self_dir) &&
                                        strstr(path, "/include/"));
}

// Writes a Makefile rule listing the input's headers, for -M and friends.
static void print_dependencies(char *input, char *output) {
  char *path;
  if (opt_MF)
    path = opt_MF;
  else if (opt_MD && opt_o && !opt_M)
    path = format("%s/%s", dirname(strdup(opt_o)), replace_extn(opt_o, ".d"));
  else if (opt_MD && !opt_M)
    path = replace_extn(input, ".d");
  else if (opt_o)
    path = opt_o;
  else
    path = "-";

  FILE *out = open_file(path);
  char *target = opt_MT ? opt_MT
                        : quote_makefile(output ? output : replace_extn(input, ".o"));
  fprintf(out, "%s:", target);

  HashMap seen = {0};
  for (int i = 0; i < pp_included_files.len; i++) {
    char *f = pp_included_files.data[i];
    if ((opt_MMD && is_system_header(f)) || hashmap_get(&seen, f))
      continue;
    hashmap_put(&seen, f, (void *)1);
    fprintf(out, " \\\n  %s", quote_makefile(f));
  }
  fprintf(out, "\n\n");

  if (opt_MP) {
    HashMap seen2 = {0};
    for (int i = 1; i < pp_included_files.len; i++) {
      char *f = pp_included_files.data[i];
      if ((opt_MMD && is_system_header(f)) || hashmap_get(&seen2, f))
        continue;
      hashmap_put(&seen2, f, (void *)1);
      fprintf(out, "%s:\n\n", quote_makefile(f));
    }
  }
  if (out != stdout)
    fclose(out);
}

// Assembly as gcc's preprocessor reads it (.S): a line that starts with #
// but no directive is a comment for as, and a $ before a name is as's
// prefix for a constant, not part of the name (9cc's identifiers may hold
// $).  The comment lines are blanked, keeping the lines' numbers, and a
// space goes after each such $ (which print_asm() takes out again).
static char *asm_for_cpp(char *p) {
  static char *directives[] = {"define", "undef", "include", "include_next", "if", "ifdef",
                               "ifndef", "elif", "elifdef", "elifndef", "else", "endif",
                               "line", "error", "warning", "pragma", "ident", "assert"};
  char *buf = xcalloc(1, strlen(p) * 2 + 1);
  char *q = buf;
  for (bool bol = true; *p; p++) {
    if (bol && *p == '#') {
      char *w = p + 1;
      while (*w == ' ' || *w == '\t')
        w++;
      int len = 0;
      while (isalnum((unsigned char)w[len]) || w[len] == '_')
        len++;
      bool keep = len == 0 || isdigit((unsigned char)*w);
      for (size_t i = 0; !keep && i < sizeof(directives) / sizeof(*directives); i++)
        keep = (int)strlen(directives[i]) == len && !strncmp(w, directives[i], len);
      if (!keep)
        while (p[1] && p[1] != '\n')
          p++;
      else
        *q++ = *p;
      bol = false;
      continue;
    }
    *q++ = *p;
    if (*p == '$' && (isalpha((unsigned char)p[1]) || p[1] == '_'))
      *q++ = ' ';
    if (*p == '\n')
      bol = true;
    else if (*p != ' ' && *p != '\t')
      bol = false;
  }
  return buf;
}

static Token *tokenize_asm_file(char *path) {
  File *file = read_source_file(path);
  if (!file)
    error("%s: %s", path, strerror(errno));
  strarray_push(&pp_included_files, path);
  file->contents = asm_for_cpp(file->contents);
  return tokenize(file);
}

// Prints preprocessed assembly for as: each token on its source line,
// spaced as in the source (or the macro's body), no space after a $, and
// a line marker where the lines jump, which as reads too.
static void print_asm(Token *tok, FILE *out) {
  File *file = NULL;
  int line = 1;
  Token *prev = NULL;
  for (; tok->kind != TK_EOF; prev = tok, tok = tok->next) {
    Token *src = tok;
    while (src->origin)
      src = src->origin;
    if (token_file(src) != file || src->line_no < line || src->line_no > line + 8) {
      file = token_file(src);
      line = src->line_no;
      fprintf(out, "%s# %d \"%s\"\n", prev ? "\n" : "", line, file->display_name);
      prev = NULL;
    }
    for (; line < src->line_no; line++, prev = NULL)
      fprintf(out, "\n");
    if (prev && tok->has_space && !(prev->len == 1 && *prev->loc == '$'))
      fprintf(out, " ");
    else if (!prev && tok->has_space)
      fprintf(out, "  ");
    fprintf(out, "%.*s", tok->len, tok->loc);
  }
  fprintf(out, "\n");
}

// Where -include or -imacros (OPT) finds NAME: as given (from the current
// directory, as gcc looks first), else along the include paths.
static char *find_command_line_file(char *opt, char *name) {
  if (access(name, R_OK) == 0)
    return name;
  for (int i = 0; i < include_paths.len; i++) {
    char *path = format("%s/%s", include_paths.data[i], name);
    if (access(path, R_OK) == 0)
      return path;
  }
  error("%s: %s: %s", opt, name, strerror(errno));
}

// Preprocesses one C file (or, ASM_CPP, assembly), with -imacros and
// -include files first; with STREAM, only the first chunk of the output
// (see preprocess_stream()).
static Token *preprocess_input(char *input, bool asm_cpp, bool stream) {
  pp_init(&include_paths);
  pp_is_builtin = is_builtin_name;
  pp_define_builtins();
  if (asm_cpp)
    pp_define("__ASSEMBLER__", "1");
  apply_defines();

  // -imacros files first: preprocessed for their macros, their text dropped.
  for (int i = 0; i < opt_imacros.len; i++)
    preprocess(must_tokenize_file(find_command_line_file("-imacros", opt_imacros.data[i]), false));

  Token *tok = NULL;
  for (int i = 0; i < opt_include.len; i++)
    tok = append_tokens(tok, must_tokenize_file(find_command_line_file("-include", opt_include.data[i]), false));

  // A stream's input is read lazily too: its chunks can be given back.
  tok = append_tokens(tok, asm_cpp ? tokenize_asm_file(input) : must_tokenize_file(input, stream));
  return stream ? preprocess_stream(tok) : preprocess(tok);
}

// Writes to a temporary file and renames it into place on success, so that
// a failed compilation never leaves a partial output that looks good.
static char *output_tmp;
static char *output_final;

static void remove_partial_output(void) {
  if (output_tmp)
    unlink(output_tmp);
}

static FILE *open_output(char *path) {
  if (!path || !strcmp(path, "-"))
    return stdout;

  // Devices and pipes (-o /dev/null) are written directly.
  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    FILE *out = fopen(path, "w");
    if (!out)
      error("cannot open output file: %s: %s", path, strerror(errno));
    return out;
  }

  output_final = path;
  output_tmp = format("%s.9cc-tmp-%d", path, getpid());
  FILE *out = fopen(output_tmp, "w");
  if (!out)
    error("cannot open output file: %s: %s", path, strerror(errno));
  return out;
}

static void close_output(FILE *out) {
  if (out == stdout) {
    fflush(stdout);
    return;
  }
  if (!output_tmp) {
    fclose(out);
    return;
  }
  if (fclose(out) != 0)
    error("cannot write %s: %s", output_final, strerror(errno));
  if (rename(output_tmp, output_final) != 0)
    error("cannot rename %s: %s", output_tmp, strerror(errno));
  output_tmp = NULL;
}

// Set while compiling into the pipe that `as` reads (compile_and_assemble()).
static FILE *asm_pipe;

static void generate_object(Obj *obj, void *arg) {
  (void)arg;
  codegen_object(obj);
}

// A C file preprocessed, for --explain.
static Token *preprocess_c(char *input) {
  return preprocess_input(input, false, false);
}

static void cc1(char *input, char *output, bool asm_cpp) {
  if (opt_explain) {
    explain(input, opt_o, preprocess_c, &cg_config);
    return;
  }
  // The #define lines go only into text: the parser could not read them.
  pp_keep_defines = opt_dD && opt_E;
  // A compilation reads its input as the parser asks for it: the headers
  // are known only at the end, where -MD's list of them is written.
  bool stream = !asm_cpp && !opt_E && !opt_M && !opt_dump_tokens && !opt_dump_ast;
  bool deps_at_end = opt_MD && stream;
  Token *tok = preprocess_input(input, asm_cpp, stream);

  if (opt_M || (opt_MD && !deps_at_end))
    print_dependencies(input, opt_E || opt_M ? NULL : (opt_o ? opt_o : NULL));
  if (opt_M)
    return;

  if (asm_cpp) {
    FILE *out = open_output(output);
    print_asm(tok, out);
    close_output(out);
    return;
  }

  if (opt_E) {
    FILE *out = open_output(output);
    if (opt_dM)
      pp_print_macros(out);
    else
      pp_print(tok, out, strcmp(input, "-") ? input : "<stdin>");
    close_output(out);
    return;
  }

  if (opt_syntax_only) {
    parse(tok, NULL, NULL, stream_more);
    if (deps_at_end)
      print_dependencies(input, opt_o);
    if (opt_werror && warning_count)
      exit(1);
    return;
  }

  if (opt_dump_tokens) {
    convert_pp_tokens(tok);
    dump_tokens(tok, stdout);
    return;
  }

  if (opt_dump_ast) {
    Obj *prog = parse(tok, NULL, NULL, NULL);
    layout_frames(prog);
    dump_ast(prog, stdout);
    return;
  }

  // Each function's code is written as soon as it is parsed, and its nodes
  // released.  A named output file is written under a temporary name and
  // renamed when all went well (open_output); other outputs (standard
  // output, a pipe) get the text from memory at the end, so that a failed
  // compilation writes none of it.
  FILE *out = asm_pipe ? asm_pipe : open_output(output);
  cg_config.source_name = !strcmp(input, "-") ? "<stdin>" : basename(strdup(input));
  cg_config.source_path = !strcmp(input, "-") ? "<stdin>" : input;
  char *buf = NULL;
  size_t buflen = 0;
  FILE *asm_out = asm_pipe || output_tmp ? out : open_memstream(&buf, &buflen);
  cg_config.hold_inline = true; // codegen_end() below writes the used ones
  codegen_begin(asm_out, &cg_config);
  Obj *prog = parse(tok, generate_object, NULL, stream_more);
  if (opt_werror && warning_count)
    exit(1);
  codegen_end(prog);
  if (deps_at_end)
    print_dependencies(input, opt_o);

  if (asm_out != out) {
    fclose(asm_out);
    fwrite(buf, 1, buflen, out);
  }
  if (out == asm_pipe)
    fflush(out);
  else
    close_output(out);
}

typedef struct {
  char *input;
  char *output;
  bool asm_cpp;
} Cc1Args;

static void *cc1_thread(void *arg) {
  Cc1Args *a = arg;
  cc1(a->input, a->output, a->asm_cpp);
  return NULL;
}

// The parser is recursive, and C allows deep nesting: compile on a thread
// with a 1 GiB stack (only the pages used are ever touched), so that tens
// of thousands of nested parentheses or blocks cannot overflow it.
static void cc1_on_big_stack(char *input, char *output, bool asm_cpp) {
  pthread_attr_t attr;
  pthread_t thread;
  Cc1Args args = {input, output, asm_cpp};
  pthread_attr_init(&attr);
  if (pthread_attr_setstacksize(&attr, (size_t)1 << 30) != 0 ||
      pthread_create(&thread, &attr, cc1_thread, &args) != 0) {
    cc1(input, output, asm_cpp);
    return;
  }
  pthread_join(thread, NULL);
}

static int num_c_inputs;

// A crash is a bug in 9cc: say so, then die of the same signal (so that
// fuzzers and shells see it).
static void crash_handler(int sig) {
  static char msg[] = "9cc: internal compiler error: the compiler crashed; please report this bug\n";
  if (write(2, msg, sizeof(msg) - 1) < 0)
    _exit(128 + sig);
  signal(sig, SIG_DFL);
  raise(sig);
}

// Each input is compiled in a child process of its own, so that one file's
// macros and declarations never leak into the next; a single input is
// compiled in this process.
// cc1 in a child process: the compiler's state (macros, #pragma once,
// symbols) starts afresh for the next compilation in this process.
static void run_cc1_in_child(char *input, char *output, bool asm_cpp) {
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid == -1)
    error("fork failed: %s", strerror(errno));
  if (pid == 0) {
    cc1_on_big_stack(input, output, asm_cpp);
    fflush(stdout);
    _exit(0);
  }
  int status;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR)
      error("waitpid failed");
  if (WIFSIGNALED(status))
    error("internal compiler error: %s, compiling %s", strsignal(WTERMSIG(status)), input);
  if (WEXITSTATUS(status) != 0)
    exit(1);
}

static void run_cc1(char *input, char *output, bool asm_cpp) {
  if (num_c_inputs <= 1)
    cc1_on_big_stack(input, output, asm_cpp);
  else
    run_cc1_in_child(input, output, asm_cpp);
}

// as's command line, reading INPUT (NULL: standard input); the prefix maps
// apply to the paths as writes into the debug information, such as the
// compilation's directory.
static char **as_command(char *input, char *output) {
  StringArray arr = {0};
  strarray_push(&arr, "as");
  strarray_push(&arr, "--64");
  for (int i = 0; i < cg_config.prefix_maps.len; i++) {
    strarray_push(&arr, "--debug-prefix-map");
    strarray_push(&arr, cg_config.prefix_maps.data[i]);
  }
  for (int i = 0; i < as_extra_args.len; i++)
    strarray_push(&arr, as_extra_args.data[i]);
  strarray_push(&arr, "-o");
  strarray_push(&arr, output);
  if (input)
    strarray_push(&arr, input);
  strarray_push(&arr, NULL);
  return arr.data;
}

static void assemble(char *input, char *output) {
  if (run_subprocess(as_command(input, output)) != 0)
    exit(1);
}

// The assembler reading the compiler's pipe; stopped if the compilation
// fails, before it sees the end of a half-written program.
static pid_t as_pid;

static void stop_assembler(void) {
  if (as_pid > 0) {
    kill(as_pid, SIGTERM);
    waitpid(as_pid, NULL, 0);
    as_pid = 0;
  }
}

// Compiles INPUT and assembles it into OUTPUT side by side, as gcc -pipe
// does: the assembly goes through a pipe into `as`, which works on one
// function while the compiler parses the next.  For -c, `as` writes a
// temporary object in OUTPUT's directory, renamed to OUTPUT only if both
// succeed; an object for the linker is a temporary file already.
static void compile_and_assemble(char *input, char *output) {
  struct stat st;
  bool in_place = opt_c && !(stat(output, &st) == 0 && !S_ISREG(st.st_mode));
  char *obj = in_place ? format("%s.9cc-tmp-%d", output, getpid()) : output;
  if (in_place)
    output_tmp = obj; // removed by remove_partial_output() on failure

  char **cmd = as_command(NULL, obj);
  int fd[2];
  if (pipe(fd) != 0)
    error("pipe failed: %s", strerror(errno));
  // The write end must not stay open in `as`, or it would never see the end.
  fcntl(fd[1], F_SETFD, FD_CLOEXEC);
  pid_t pid = start_subprocess(cmd, fd[0]);
  close(fd[0]);
  as_pid = pid;

  asm_pipe = fdopen(fd[1], "w");
  if (!asm_pipe)
    error("fdopen failed: %s", strerror(errno));
  fcntl(fd[1], F_SETPIPE_SZ, 1 << 20);
  setvbuf(asm_pipe, NULL, _IOFBF, 1 << 16);
  cg_config.terse_operands = true; // nobody reads this assembly but `as`
  run_cc1(input, NULL, false);
  cg_config.terse_operands = false;
  // A write into a pipe whose reader died fails (SIGPIPE is ignored); `as`
  // says why, and its status makes ours.
  fclose(asm_pipe);
  asm_pipe = NULL;

  int status = wait_subprocess(pid);
  as_pid = 0;
  if (status != 0)
    exit(1);

  if (in_place) {
    if (rename(obj, output) != 0)
      error("cannot rename %s: %s", obj, strerror(errno));
    output_tmp = NULL;
  }
}

static char *find_file(char *pattern) {
  struct stat st;
  if (stat(pattern, &st) == 0)
    return pattern;
  return NULL;
}

static char *find_libpath(char *name) {
  char *p = find_file(format("%s/%s", in_sysroot(lib_dir), name));
  if (p)
    return p;
  p = find_file(format("%s/%s", in_sysroot("/usr/lib64"), name));
  if (p)
    return p;
  error("library path is not found: %s", name);
}

static void assemble(char *input, char *output);

// glibc's atexit refers to __dso_handle, which gcc's crtbegin.o defines;
// without crtbegin we define it ourselves: null in a fixed-address
// executable (crtbegin.o), its own address in anything that is relocated
// at load time (crtbeginS.o).
static char *dso_handle_object(void) {
  char *src = create_tmpfile();
  FILE *fp = fopen(src, "w");
  if (!fp)
    error("cannot write %s: %s", src, strerror(errno));
  fprintf(fp, "  .file \"9cc-dso-handle.s\"\n  .data\n  .hidden __dso_handle\n  .globl __dso_handle\n"
              "  .align 8\n__dso_handle:\n  .quad %s\n"
              "  .section .note.GNU-stack,\"\",@progbits\n",
          link_kind == LINK_EXEC || link_kind == LINK_STATIC ? "0" : "__dso_handle");
  fclose(fp);
  char *obj = create_tmpfile();
  assemble(src, obj);
  return obj;
}

// glibc's libc.a needs a few functions that gcc's libgcc supplies; for
// -static, 9cc supplies its own.  __unordtf2 and __letf2 compare IEEE
// binary128 values (printf uses them); _Unwind_Resume and the personality
// routine serve C++ unwinding, which C programs never do.
static char *static_runtime_asm =
    "  .file \"9cc-static-runtime.s\"\n"
    "  .intel_syntax noprefix\n"
    "  .text\n"
    // eax = 1 if (rsi:rdi) is a binary128 NaN: exponent all ones, mantissa not 0.
    ".L9cc.isnan:\n"
    "  mov rax, rsi\n"
    "  btr rax, 63\n"
    "  mov rdx, 0x7fff000000000000\n"
    "  cmp rax, rdx\n"
    "  ja .L9cc.nan\n"
    "  jb .L9cc.num\n"
    "  test rdi, rdi\n"
    "  jnz .L9cc.nan\n"
    ".L9cc.num:\n"
    "  xor eax, eax\n"
    "  ret\n"
    ".L9cc.nan:\n"
    "  mov eax, 1\n"
    "  ret\n"
    // rsi:rdi = a, r9:r8 = b; eax = 1 if either is a NaN.
    ".L9cc.load:\n"
    "  movq rdi, xmm0\n"
    "  movhlps xmm0, xmm0\n"
    "  movq rsi, xmm0\n"
    "  movq r8, xmm1\n"
    "  movhlps xmm1, xmm1\n"
    "  movq r9, xmm1\n"
    "  call .L9cc.isnan\n"
    "  test eax, eax\n"
    "  jnz 1f\n"
    "  push rdi\n"
    "  push rsi\n"
    "  mov rdi, r8\n"
    "  mov rsi, r9\n"
    "  call .L9cc.isnan\n"
    "  pop rsi\n"
    "  pop rdi\n"
    "1:\n"
    "  ret\n"
    "  .globl __unordtf2\n"
    "  .type __unordtf2, @function\n"
    "__unordtf2:\n"
    "  sub rsp, 8\n"
    "  call .L9cc.load\n"
    "  add rsp, 8\n"
    "  ret\n"
    // -1, 0 or 1 as a <, ==, > b; 1 if unordered.
    "  .globl __letf2\n"
    "  .type __letf2, @function\n"
    "__letf2:\n"
    "  sub rsp, 8\n"
    "  call .L9cc.load\n"
    "  add rsp, 8\n"
    "  test eax, eax\n"
    "  jnz 9f\n"
    // +0 and -0 are equal.
    "  mov rax, rsi\n"
    "  shl rax, 1\n"
    "  or rax, rdi\n"
    "  mov rdx, r9\n"
    "  shl rdx, 1\n"
    "  or rdx, r8\n"
    "  or rax, rdx\n"
    "  jz 8f\n"
    // Sign and magnitude to two's complement, then a signed 128-bit compare.
    "  test rsi, rsi\n"
    "  jns 2f\n"
    "  btr rsi, 63\n"
    "  not rdi\n"
    "  not rsi\n"
    "  add rdi, 1\n"
    "  adc rsi, 0\n"
    "2:\n"
    "  test r9, r9\n"
    "  jns 3f\n"
    "  btr r9, 63\n"
    "  not r8\n"
    "  not r9\n"
    "  add r8, 1\n"
    "  adc r9, 0\n"
    "3:\n"
    "  cmp rsi, r9\n"
    "  jl 7f\n"
    "  jg 9f\n"
    "  cmp rdi, r8\n"
    "  jb 7f\n"
    "  ja 9f\n"
    "8:\n"
    "  xor eax, eax\n"
    "  ret\n"
    "7:\n"
    "  mov rax, -1\n" // libgcc's comparisons return a long
    "  ret\n"
    "9:\n"
    "  mov eax, 1\n"
    "  ret\n"
    "  .globl _Unwind_Resume\n"
    "  .type _Unwind_Resume, @function\n"
    "_Unwind_Resume:\n"
    "  call abort\n"
    "  .globl __gcc_personality_v0\n"
    "  .type __gcc_personality_v0, @function\n"
    "__gcc_personality_v0:\n"
    "  mov eax, 8\n" // _URC_CONTINUE_UNWIND
    "  ret\n"
    "  .section .note.GNU-stack,\"\",@progbits\n";

static char *static_runtime_object(void) {
  char *src = create_tmpfile();
  FILE *fp = fopen(src, "w");
  if (!fp)
    error("cannot write %s: %s", src, strerror(errno));
  fputs(static_runtime_asm, fp);
  fclose(fp);
  char *obj = create_tmpfile();
  assemble(src, obj);
  return obj;
}

// The start of ld's command line for each kind of output: its options and
// glibc's start files, as gcc's link line has them (gcc -v).
static void push_link_kind(StringArray *arr) {
  switch (link_kind) {
  case LINK_PIE:
    strarray_push(arr, "-pie");
    // fallthrough
  case LINK_EXEC:
    // The lock table of 9cc's atomics runtime (atomic_lock.c) is one
    // gnu_unique_object per process only if the program exports its copy:
    // a library it loads with dlopen would otherwise take other locks.
    strarray_push(arr, "--export-dynamic-symbol=__9cc_atomic_locks");
    strarray_push(arr, "-dynamic-linker");
    strarray_push(arr, "/lib64/ld-linux-x86-64.so.2");
    break;
  case LINK_STATIC:
    strarray_push(arr, "-static");
    break;
  case LINK_STATIC_PIE:
    strarray_push(arr, "-static");
    strarray_push(arr, "-pie");
    strarray_push(arr, "--no-dynamic-linker");
    strarray_push(arr, "-z");
    strarray_push(arr, "text");
    break;
  case LINK_SHARED:
    strarray_push(arr, "-shared");
    break;
  }
  if (opt_nostartfiles)
    return;
  static char *crt1[] = {[LINK_PIE] = "Scrt1.o", [LINK_EXEC] = "crt1.o", [LINK_STATIC] = "crt1.o",
                         [LINK_STATIC_PIE] = "rcrt1.o", [LINK_SHARED] = NULL};
  if (crt1[link_kind])
    strarray_push(arr, find_libpath(crt1[link_kind]));
  strarray_push(arr, find_libpath("crti.o"));
}

// The libraries every link ends with: libc (and libpthread for -pthread),
// unless -nostdlib and the like leave them out.
static void push_default_libs(StringArray *arr) {
  bool is_static = link_kind == LINK_STATIC || link_kind == LINK_STATIC_PIE;
  if (is_static)
    strarray_push(arr, "--start-group");
  if (opt_pthread && !opt_nolibc)
    strarray_push(arr, "-lpthread");
  if (!opt_nolibc)
    strarray_push(arr, "-lc");
  // What static glibc takes from libgcc (see static_runtime_asm); not
  // without the start files, whose absence it would fill with libc's.
  if (is_static && !opt_nolibc && !opt_nostartfiles)
    strarray_push(arr, static_runtime_object());
  if (is_static)
    strarray_push(arr, "--end-group");
}

// Links with ld directly: glibc's start files and libc, nothing of gcc's.
static void run_linker(StringArray *inputs, char *output) {
  StringArray arr = {0};

  strarray_push(&arr, "ld");
  strarray_push(&arr, "-o");
  strarray_push(&arr, output);
  strarray_push(&arr, "-m");
  strarray_push(&arr, "elf_x86_64");
  push_link_kind(&arr);
  strarray_push(&arr, dso_handle_object());

  // The user's options (and -L directories) come before the system's.
  for (int i = 0; i < ld_extra_args.len; i++)
    strarray_push(&arr, ld_extra_args.data[i]);

  if (*sysroot)
    strarray_push(&arr, format("--sysroot=%s", sysroot));
  for (int i = 0; i < NUM_LIB_DIRS; i++)
    strarray_push(&arr, format("-L%s", in_sysroot(lib_dirs[i])));

  for (int i = 0; i < inputs->len; i++)
    strarray_push(&arr, inputs->data[i]);

  push_default_libs(&arr);
  if (!opt_nostartfiles)
    strarray_push(&arr, find_libpath("crtn.o"));
  strarray_push(&arr, NULL);

  if (run_subprocess(arr.data) != 0)
    exit(1);
}

// NAME without its directory and its last suffix.
static char *stem(char *name) {
  char *base = basename(strdup(name));
  char *dot = strrchr(base, '.');
  return dot && dot != base ? strndup(base, dot - base) : base;
}

// The name the kept files of INPUT take before their suffix, as gcc 12
// names them: the output's without its suffix for -c and -S ("o/x" for
// -o o/x.o), and for a link the output's name, a dash and the input's
// ("prog-foo", or "a-foo" for a.out).
static char *save_temps_base(char *input) {
  char *base;
  if (opt_c || opt_S) {
    char *dot = opt_o ? strrchr(opt_o, '.') : NULL;
    base = !opt_o ? stem(input) : dot && !strchr(dot, '/') ? strndup(opt_o, dot - opt_o) : opt_o;
  } else {
    base = format("%s-%s", opt_o ? opt_o : "a", stem(input));
  }
  return save_temps == SAVE_TEMPS_CWD ? basename(base) : base;
}

// A .c file under -save-temps: the .i, then the .s, then the object, each
// kept.  The .i pass repeats neither warnings nor the dependency file;
// standard input, read once, is compiled from the .i.
static void process_c_saving_temps(char *input, char *output, StringArray *ld_args) {
  char *base = save_temps_base(input);
  char *pp_file = format("%s.i", base);
  bool md = opt_MD, nowarn = opt_nowarn;
  opt_E = true, opt_MD = false, opt_nowarn = true;
  run_cc1_in_child(input, pp_file, false);
  opt_E = false, opt_MD = md, opt_nowarn = nowarn;
  char *asm_file = opt_S ? output : format("%s.s", base);
  run_cc1(strcmp(input, "-") ? input : pp_file, asm_file, false);
  if (opt_S)
    return;
  char *obj = opt_c ? output : format("%s.o", base);
  assemble(asm_file, obj);
  if (!opt_c)
    strarray_push(ld_args, obj);
}

// A .c file through the mode's stages; a linked one's object into LD_ARGS.
static void process_c(char *input, char *output, StringArray *ld_args) {
  if (save_temps && !opt_stdout_asm && !opt_syntax_only && !opt_E && !opt_M) {
    process_c_saving_temps(input, output, ld_args);
  } else if (opt_stdout_asm || opt_syntax_only) {
    run_cc1(input, NULL, false);
  } else if (opt_E || opt_M) {
    run_cc1(input, opt_E ? opt_o : NULL, false);
  } else if (opt_S) {
    run_cc1(input, output, false);
  } else if (opt_c) {
    compile_and_assemble(input, output);
  } else {
    char *obj = create_tmpfile();
    compile_and_assemble(input, obj);
    strarray_push(ld_args, obj);
  }
}

// Assembly (preprocessed first if ASM_CPP): assembled for -c and for the
// link; -E prints what the preprocessor makes of it.  Like gcc, -S leaves
// assembly alone.
static void process_asm(char *input, char *output, bool asm_cpp, StringArray *ld_args) {
  if (asm_cpp && (opt_E || opt_M)) {
    run_cc1(input, opt_E ? opt_o : NULL, true);
    return;
  }
  if (opt_S || opt_E || opt_M || opt_syntax_only)
    return;
  char *src = input;
  if (asm_cpp) {
    src = create_tmpfile();
    run_cc1(input, src, true);
  }
  char *obj = opt_c ? output : create_tmpfile();
  assemble(src, obj);
  if (!opt_c)
    strarray_push(ld_args, obj);
}

// What the mode makes of one input; for the link, its object or itself
// goes into LD_ARGS, in the command line's order.
static void process_input(Input *in, StringArray *ld_args) {
  FileType type = get_file_type(in);
  if (type == FILE_LINK || type == FILE_LD_ARG) {
    strarray_push(ld_args, in->path);
    return;
  }
  char *output = opt_o ? opt_o : replace_extn(in->path, opt_S ? ".s" : ".o");
  if (type == FILE_C)
    process_c(in->path, output, ld_args);
  else
    process_asm(in->path, output, type == FILE_ASM_CPP, ld_args);
}

int main(int argc, char **argv) {
  atexit(cleanup);
  atexit(remove_partial_output);
  atexit(stop_assembler);
  signal(SIGPIPE, SIG_IGN);
  find_self_dir(argv[0]);
  cc_mode = invoked_as_cc(argv[0]);
  parse_args(argc, argv);
  add_default_include_paths();

  opt_nowarn = opt_w;
  opt_color = !strcmp(color_when, "always") ||
              (!strcmp(color_when, "auto") && isatty(2) && getenv("TERM") &&
               strcmp(getenv("TERM"), "dumb"));

  int nc = 0;
  for (int i = 0; i < num_inputs; i++)
    if (get_file_type(&inputs[i]) == FILE_C || get_file_type(&inputs[i]) == FILE_ASM_CPP)
      nc++;
  num_c_inputs = nc;
  signal(SIGSEGV, crash_handler);
  signal(SIGBUS, crash_handler);
  signal(SIGFPE, crash_handler);
  signal(SIGILL, crash_handler);
  if (opt_dump_tokens || opt_dump_ast || opt_explain) {
    opt_E = false;
    opt_S = true;
  }
  if (!opt_S && !opt_c && !opt_E && !opt_M && !opt_o && !opt_run && num_inputs == 1 &&
      get_file_type(&inputs[0]) == FILE_C && !cc_mode)
    opt_stdout_asm = true;

  if (num_files > 1 && opt_o && (opt_c || opt_S || opt_E))
    error("cannot specify '-o' with '-c', '-S' or '-E' with multiple files");

  StringArray ld_args = {0};
  for (int i = 0; i < num_inputs; i++)
    process_input(&inputs[i], &ld_args);

  if (ld_args.len > 0 && !opt_c && !opt_S && !opt_E && !opt_M && !opt_stdout_asm &&
      !opt_syntax_only) {
    if (opt_run) {
      char *exe = create_tmpfile();
      run_linker(&ld_args, exe);
      StringArray argv2 = {0};
      strarray_push(&argv2, exe);
      for (int i = 0; i < run_args.len; i++)
        strarray_push(&argv2, run_args.data[i]);
      strarray_push(&argv2, NULL);
      bool v = opt_v;
      opt_v = false;
      int status = run_subprocess(argv2.data);
      opt_v = v;
      exit(status);
    }
    run_linker(&ld_args, opt_o ? opt_o : "a.out");
  }

  return 0;
}
