// Package sharedtest finds the project's shared reference data (Ofsted's
// report corpus and official statistics) for tests and benchmarks.
//
// # Where the data is
//
// The data lives outside the module, in a folder named shared beside the
// module's root (../shared from the root), and is never copied into the
// module. The environment variable JUDGEMENTS_SHARED names the folder
// explicitly; CI sets it to ../shared. A relative JUDGEMENTS_SHARED is taken
// from the module's root, not from the package folder a test runs in.
//
// # Skip or fail
//
// When JUDGEMENTS_SHARED is set, a missing folder or file fails the test:
// CI must never pass by skipping. When it is unset and ../shared is absent,
// the test is skipped with a message, so that the module's tests still run
// for a user who has only the module.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// EnvVar is the environment variable that names the shared folder.
const EnvVar = "JUDGEMENTS_SHARED"

// Find returns where the shared folder should be, and whether it is
// required there: true when JUDGEMENTS_SHARED names it (a relative name is
// taken from the module root), false when it is the default ../shared
// beside the module root. It does not check that the folder exists. Code
// without a testing.TB, such as an Example or TestMain, uses it with
// [Available].
func Find() (dir string, required bool) {
	root, rootErr := moduleRoot()
	if dir := os.Getenv(EnvVar); dir != "" {
		if !filepath.IsAbs(dir) && rootErr == nil {
			dir = filepath.Join(root, dir)
		}
		return dir, true
	}
	if rootErr != nil {
		return "", false
	}
	return filepath.Join(root, "..", "shared"), false
}

// Available reports whether tests that read the shared folder should run:
// when it is required (JUDGEMENTS_SHARED is set, so that a missing folder
// fails them) or when it exists.
func Available() bool {
	dir, required := Find()
	return required || isDir(dir)
}

func isDir(dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && fi.IsDir()
}

// Dir returns the shared folder, or skips or fails tb as the package
// documentation describes.
func Dir(tb testing.TB) string {
	tb.Helper()
	dir, required := Find()
	switch {
	case required && !isDir(dir):
		tb.Fatalf("%s=%q, but %s is not a readable folder", EnvVar, os.Getenv(EnvVar), dir)
	case !required && dir == "":
		tb.Skipf("shared data not found (no module root); set %s to run this test", EnvVar)
	case !required && !isDir(dir):
		tb.Skipf("shared data not found at %s and %s is unset: skipping", dir, EnvVar)
	}
	return dir
}

// Path returns the path of rel (slash-separated) inside the shared folder.
// If the folder was found but rel is missing, the test fails: a renamed or
// missing data file must never turn into a skip.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(Dir(tb), filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		tb.Fatalf("shared data: %v", err)
	}
	return p
}

// ReadFile returns the contents of rel inside the shared folder, failing
// the test if it cannot be read.
func ReadFile(tb testing.TB, rel string) []byte {
	tb.Helper()
	b, err := os.ReadFile(Path(tb, rel))
	if err != nil {
		tb.Fatalf("shared data: %v", err)
	}
	return b
}

// moduleRoot walks up from the working directory (a package folder, when
// run by go test) to the folder holding go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
