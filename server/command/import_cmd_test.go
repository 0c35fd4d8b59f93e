package command

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestImportProductsCommand(t *testing.T) {
	dir := newStoreDir(t)
	file := filepath.Join(dir, "products.csv")
	write := func(s string) {
		t.Helper()
		if err := os.WriteFile(file, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	run := func(args ...string) (string, string, error) {
		var out, errOut bytes.Buffer
		err := Run(context.Background(), append([]string{"storecast", "import", "products", "--data", dir}, args...),
			func(string) string { return "" }, &out, &errOut)
		return out.String(), errOut.String(), err
	}

	write("sku,price,name_en,name_zh-Hans\nA1,1.50,Salt,盐\nA2,x,Sugar,糖\nA1,2,Salt again,盐\n")
	_, stderr, err := run(file, "--lang", "zh-Hans") // flags after the file work too
	if !errors.Is(err, ErrImportRejected) {
		t.Fatalf("bad file: err = %v; want ErrImportRejected", err)
	}
	for _, want := range []string{"第 3 行：价格“x”格式不对", "第 4 行：SKU“A1”已在第 2 行出现。"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr = %q; want it to hold %q", stderr, want)
		}
	}

	write("sku,price,name_en\nA1,1.50,Salt\nA2,3,Sugar\n")
	stdout, stderr, err := run(file)
	if err != nil {
		t.Fatalf("good file: %v\n%s", err, stderr)
	}
	if stdout != "imported products: 2 added, 0 updated\n" {
		t.Errorf("stdout = %q", stdout)
	}
	if _, _, err := run("--lang", "fr", file); err == nil {
		t.Error("--lang fr was accepted")
	}
	if _, _, err := run(); err == nil {
		t.Error("no file was accepted")
	}
}
