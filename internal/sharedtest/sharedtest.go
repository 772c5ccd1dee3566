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

// Dir returns the shared folder, or skips or fails tb as the package
// documentation describes.
func Dir(tb testing.TB) string {
	tb.Helper()
	if dir := os.Getenv(EnvVar); dir != "" {
		if !filepath.IsAbs(dir) {
			root, err := moduleRoot()
			if err != nil {
				tb.Fatalf("%s=%q is relative, but the module root is not found: %v", EnvVar, dir, err)
			}
			dir = filepath.Join(root, dir)
		}
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			tb.Fatalf("%s=%q, but that is not a readable folder: %v", EnvVar, dir, err)
		}
		return dir
	}
	root, err := moduleRoot()
	if err != nil {
		tb.Skipf("shared data not found (%v); set %s to run this test", err, EnvVar)
	}
	dir := filepath.Join(root, "..", "shared")
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
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
