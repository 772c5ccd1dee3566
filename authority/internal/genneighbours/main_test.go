package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/childrens-services/judgements/internal/sharedtest"
)

// TestGenerate checks that the package's table is what the generator
// makes of the DfE's files: byte for byte, as go generate would write it.
func TestGenerate(t *testing.T) {
	dir := filepath.Dir(sharedtest.Path(t, "data/neighbours/sn_model_2025_wide.csv"))
	got, err := generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../neighbour_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("neighbour_table.go is not what the generator makes of the DfE's files: run go generate in package authority")
	}
}

// TestGenerateErrors gives the generator files with one fault each: it
// must name the file, line and column, and write nothing.
func TestGenerateErrors(t *testing.T) {
	const header2025 = "\uFEFFold_la_code,la_name,region_ind,region_name,SN_1,SN_1P,SN_2,SN_2P,SN_3,SN_3P,SN_4,SN_4P,SN_5,SN_5P,SN_6,SN_6P,SN_7,SN_7P,SN_8,SN_8P,SN_9,SN_9P,SN_10,SN_10P\n"
	const row2021 = "851,Portsmouth,851,6,South East,852,Very Close,879,Very Close,373,Very Close,831,Very Close,874,Very Close,801,Very Close,894,Close,882,Close,331,Close,355,Close,\n"
	good := "301,Barking and Dagenham,3,London,308,Close ,821,Close ,313,Close ,333,Somewhat close,336,Somewhat close,307,Somewhat close,304,Somewhat close,312,Somewhat close,874,Somewhat close,203,Somewhat close\n"
	for _, tt := range []struct {
		name, row2025, want string
	}{
		{"band", strings.Replace(good, "Somewhat close", "Somewhat far", 1), "sn_model_2025_wide.csv:2: column 12: neighbour 4: band \"Somewhat far\" is not one of the five"},
		{"self", strings.Replace(good, "308", "301", 1), "sn_model_2025_wide.csv:2: column 5: neighbour 1: 301 is its own neighbour"},
		{"twice", strings.Replace(good, "821", "308", 1), "sn_model_2025_wide.csv:2: column 7: neighbour 2: 308 is a neighbour twice"},
		{"code", strings.Replace(good, "313", "31x", 1), "sn_model_2025_wide.csv:2: column 9: neighbour 3: \"31x\" is not a DfE number"},
		{"short", "301,Barking and Dagenham,3,London,308,Close\n", "sn_model_2025_wide.csv:2: column 7: 6 columns, want ten neighbours and their bands from column 5"},
		{"repeated", good + good, "sn_model_2025_wide.csv:3: column 1: 301 has a row already"},
		{"empty", "", "sn_model_2025_wide.csv: no authorities"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "sn_model_2025_wide.csv"), header2025+tt.row2025)
			write(t, filepath.Join(dir, "New_Statistical_Neighbour_Groupings_April_2021.csv"), "\uFEFFLA num,LA Name\n"+row2021)
			src, err := generate(dir)
			if err == nil || err.Error() != tt.want || src != nil {
				t.Errorf("generate: %q, %v; want no source and %q", src, err, tt.want)
			}
		})
	}
	if _, err := generate(t.TempDir()); err == nil {
		t.Error("generate of an empty folder: no error")
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
