package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/childrens-services/judgements/internal/sharedtest"
)

// TestGenerate runs the generator twice over the shared data: the two
// outputs are the same, byte for byte, and the same as the record
// package ofsted builds in (run go generate ./authority/ofsted if not).
func TestGenerate(t *testing.T) {
	dir := sharedtest.Dir(t)
	out := t.TempDir()
	var outputs [][]byte
	for _, name := range []string{"first.txt", "second.txt"} {
		path := filepath.Join(out, name)
		if err := run([]string{"-shared", dir, "-o", path}, io.Discard); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		outputs = append(outputs, data)
	}
	if !bytes.Equal(outputs[0], outputs[1]) {
		t.Error("two runs give different records")
	}
	built, err := os.ReadFile("../../record.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(outputs[0], built) {
		t.Error("authority/ofsted/record.txt is not what the generator writes: run go generate ./authority/ofsted")
	}
	if err := run([]string{"-shared", filepath.Join(out, "nothing"), "-o", filepath.Join(out, "x.txt")}, io.Discard); err == nil {
		t.Error("a folder without Ofsted's files: no error")
	}
}
