package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFind(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("moduleRoot() = %s, which holds no go.mod", root)
	}

	t.Setenv(EnvVar, "")
	dir, required := Find()
	if required || dir != filepath.Join(root, "..", "shared") {
		t.Errorf("unset: Find() = %q, %v; want ../shared beside the root, not required", dir, required)
	}

	t.Setenv(EnvVar, "../elsewhere")
	dir, required = Find()
	if !required || dir != filepath.Join(root, "..", "elsewhere") {
		t.Errorf("relative: Find() = %q, %v; want it from the module root, required", dir, required)
	}
	if !Available() {
		t.Error("Available() = false with the variable set; tests must run (and fail) then")
	}

	abs := t.TempDir()
	t.Setenv(EnvVar, abs)
	if dir, required = Find(); dir != abs || !required {
		t.Errorf("absolute: Find() = %q, %v", dir, required)
	}
	if got := Dir(t); got != abs {
		t.Errorf("Dir() = %q, want %q", got, abs)
	}
}

// TestDirFailsWhenRequired checks that a named but missing folder fails a
// test rather than skipping it.
func TestDirFailsWhenRequired(t *testing.T) {
	t.Setenv(EnvVar, filepath.Join(t.TempDir(), "missing"))
	ft := &fakeTB{TB: t}
	func() {
		defer func() { _ = recover() }()
		Dir(ft)
	}()
	if !ft.fatal || ft.skipped {
		t.Errorf("Dir with a missing required folder: fatal %v, skipped %v; want fatal", ft.fatal, ft.skipped)
	}
}

// fakeTB records Fatalf and Skipf instead of stopping the test.
type fakeTB struct {
	testing.TB
	fatal, skipped bool
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Fatalf(string, ...any) {
	f.fatal = true
	panic("fatal")
}
func (f *fakeTB) Skipf(string, ...any) {
	f.skipped = true
	panic("skip")
}
