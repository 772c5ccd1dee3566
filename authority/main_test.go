package authority_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/childrens-services/judgements/internal/sharedtest"
)

// TestMain leaves out the examples that read Ofsted's files for a user
// who has only the module: when JUDGEMENTS_SHARED is unset and the
// project's shared data is absent, as internal/sharedtest skips tests.
// When JUDGEMENTS_SHARED is set, as in CI, they run, and fail if the
// data is missing.
func TestMain(m *testing.M) {
	flag.Parse()
	if !sharedtest.Available() {
		skip := "^ExampleRegister_Benchmark$"
		if s := flag.Lookup("test.skip").Value.String(); s != "" {
			skip = s + "|" + skip
		}
		if err := flag.Set("test.skip", skip); err != nil {
			panic(err)
		}
	}
	os.Exit(m.Run())
}

// downloaded returns the path of one of Ofsted's files, as downloaded
// from GOV.UK.
func downloaded(name string) string {
	dir, _ := sharedtest.Find()
	return filepath.Join(dir, "data/ofsted", name)
}
