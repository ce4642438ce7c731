package modcheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// root is the module's root, from this package's folder.
const root = "../.."

// module is the module path.
const module = "github.com/kycmatch/kycmatch"

// TestNoExportedVariables checks that no package of the module declares an
// exported package-level variable: an embedder could reassign it and change
// every engine built afterwards (style: no exported mutable variables).
// Tables are unexported, built once, or constants; errors are fresh values.
func TestNoExportedVariables(t *testing.T) {
	t.Parallel()
	fset := token.NewFileSet()
	n := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		if f.Name.Name == "main" {
			return nil
		}
		n++
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				for _, name := range spec.(*ast.ValueSpec).Names {
					if name.IsExported() {
						t.Errorf("%s: exported variable %s", fset.Position(name.Pos()), name.Name)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Fatalf("read only %d files: is root right?", n)
	}
}

// deps returns the packages that the given packages (or, with test, their
// tests) depend on, from go list.
func deps(t *testing.T, test bool, pkgs ...string) []string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to list dependencies: %v", err)
	}
	args := []string{"list", "-deps"}
	if test {
		args = append(args, "-test")
	}
	cmd := exec.Command(goTool, append(args, pkgs...)...)
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go %s: %v", strings.Join(cmd.Args[1:], " "), err)
	}
	return strings.Fields(string(out))
}

// kagome is the prefix of the Japanese analyser's modules, the analyser and
// its dictionaries.
const kagome = "github.com/ikawaha/kagome"

func hasPrefix(list []string, prefix string) []string {
	var out []string
	for _, p := range list {
		if strings.HasPrefix(p, prefix) {
			out = append(out, p)
		}
	}
	return out
}

// TestNoJapaneseWithoutJP checks that a program that does not import
// locale/jp (the engine and the other profiles) does not link kagome or its
// dictionary, nor do match's own tests, so that `go test ./match` never
// builds or loads it.
func TestNoJapaneseWithoutJP(t *testing.T) {
	t.Parallel()
	var others []string
	for _, p := range profilePackages(t) {
		if p != module+"/locale/jp" {
			others = append(others, p)
		}
	}
	pkgs := append([]string{module + "/match", module + "/locale", module + "/normalize", module + "/score", module + "/attr"}, others...)
	if got := hasPrefix(deps(t, false, pkgs...), kagome); len(got) > 0 {
		t.Errorf("a program without locale/jp links %q", got)
	}
	if got := hasPrefix(deps(t, true, module+"/match"), kagome); len(got) > 0 {
		t.Errorf("match's tests link %q", got)
	}
}

// profilePackages returns the country profile packages: those under locale/
// (locale/xx).
func profilePackages(t *testing.T) []string {
	t.Helper()
	cmd := exec.Command("go", "list", module+"/locale/...")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var ps []string
	for _, p := range strings.Fields(string(out)) {
		if rest, ok := strings.CutPrefix(p, module+"/locale/"); ok && len(rest) == 2 {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		t.Fatal("no country profile packages under locale/")
	}
	return ps
}

// TestCommandLinksEveryProfile checks that cmd/kycmatch links every country
// profile the module ships.
func TestCommandLinksEveryProfile(t *testing.T) {
	t.Parallel()
	linked := deps(t, false, module+"/cmd/kycmatch")
	for _, p := range profilePackages(t) {
		if !slices.Contains(linked, p) {
			t.Errorf("cmd/kycmatch does not link %s", p)
		}
	}
}

// httpPackages are the packages that may import net/http: the HTTP handler
// and the commands.
func httpPackage(p string) bool {
	return p == module+"/server" || strings.HasPrefix(p, module+"/cmd/")
}

// TestLibraryWithoutHTTP checks that the library packages (every package of
// the module but the HTTP handler, package server, and the commands) do not
// link net/http: the engine and the CAMARA layer speak HTTP statuses as
// numbers, and an embedder that serves HTTP its own way does not pay for
// ours.
func TestLibraryWithoutHTTP(t *testing.T) {
	t.Parallel()
	cmd := exec.Command("go", "list", module+"/...")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []string
	for _, p := range strings.Fields(string(out)) {
		if !httpPackage(p) && !strings.Contains(p, "/internal/modcheck") {
			pkgs = append(pkgs, p)
		}
	}
	if !slices.Contains(pkgs, module+"/camara/matchapi") || !slices.Contains(pkgs, module+"/match") {
		t.Fatalf("the library packages %v miss the engine or the CAMARA layer", pkgs)
	}
	if got := hasPrefix(deps(t, false, pkgs...), "net/http"); len(got) == 0 {
		return
	}
	for _, p := range pkgs {
		if got := hasPrefix(deps(t, false, p), "net/http"); len(got) > 0 {
			t.Errorf("%s links %q", p, got)
		}
	}
}
