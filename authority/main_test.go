package authority_test

import (
	"flag"
	"os"
	"testing"

	"github.com/childrens-services/judgements/internal/sharedtest"
)

// TestMain leaves out the examples that read the project's shared data
// (ExampleLoadODS) for a user who has only the module: when
// JUDGEMENTS_SHARED is unset and ../shared is absent, as
// internal/sharedtest skips tests. When JUDGEMENTS_SHARED is set, as in
// CI, they run, and fail if the data is missing.
func TestMain(m *testing.M) {
	flag.Parse()
	if !sharedtest.Available() {
		skip := "^ExampleLoadODS$"
		if s := flag.Lookup("test.skip").Value.String(); s != "" {
			skip = s + "|" + skip
		}
		if err := flag.Set("test.skip", skip); err != nil {
			panic(err)
		}
	}
	os.Exit(m.Run())
}
