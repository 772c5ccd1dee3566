package ofsted_test

import (
	"flag"
	"os"
	"testing"

	"github.com/childrens-services/judgements/internal/sharedtest"
)

// TestMain leaves out the example that reads Ofsted's files (ExampleLoad)
// for a user who has only the module: when JUDGEMENTS_SHARED is unset and
// the project's shared data is absent, as internal/sharedtest skips tests.
// When JUDGEMENTS_SHARED is set, as in CI, it runs, and fails if the data
// is missing.
func TestMain(m *testing.M) {
	flag.Parse()
	if !sharedtest.Available() {
		skip := "^ExampleLoad$"
		if s := flag.Lookup("test.skip").Value.String(); s != "" {
			skip = s + "|" + skip
		}
		if err := flag.Set("test.skip", skip); err != nil {
			panic(err)
		}
	}
	os.Exit(m.Run())
}
