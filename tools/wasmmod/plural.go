package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"

	"storecast/app/content"
)

// localeLanguages returns the languages of storecast's locales: zh-Hans
// and zh-Hant are zh, whose plural rule go-i18n finds by the base language.
func localeLanguages() []string {
	var langs []string
	for _, l := range content.Locales {
		base, _, _ := strings.Cut(l, "-")
		if !slices.Contains(langs, base) {
			langs = append(langs, base)
		}
	}
	return langs
}

// keepPluralRules rewrites go-i18n's generated DefaultRules to register
// only the rules that cover one of langs: each is one
// addPluralRules(rules, []string{...}, &Rule{...}) statement, kept whole
// (with the other languages that share it) or dropped. Every language must
// keep its rule.
func keepPluralRules(langs []string) func([]byte) ([]byte, error) {
	return func(src []byte) ([]byte, error) {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "rule_gen.go", src, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		var fn *ast.FuncDecl
		for _, d := range f.Decls {
			if d, ok := d.(*ast.FuncDecl); ok && d.Name.Name == "DefaultRules" {
				fn = d
			}
		}
		if fn == nil {
			return nil, fmt.Errorf("no DefaultRules")
		}
		covered := map[string]bool{}
		var kept []ast.Stmt
		for _, st := range fn.Body.List {
			ids, ok := pluralRuleIDs(st)
			if !ok {
				kept = append(kept, st)
				continue
			}
			keep := false
			for _, l := range langs {
				if slices.Contains(ids, l) {
					covered[l], keep = true, true
				}
			}
			if keep {
				kept = append(kept, st)
			}
		}
		for _, l := range langs {
			if !covered[l] {
				return nil, fmt.Errorf("no plural rule for %q", l)
			}
		}
		fn.Body.List = kept
		// The dropped rules' comments would be left floating in the body.
		f.Comments = slices.DeleteFunc(f.Comments, func(c *ast.CommentGroup) bool {
			return c.Pos() > fn.Body.Lbrace && c.End() < fn.Body.Rbrace && !containedIn(c, kept)
		})
		var b bytes.Buffer
		if err := format.Node(&b, fset, f); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
}

// pluralRuleIDs returns the languages of an addPluralRules(rules, ids, rule)
// statement; ok is false for any other statement.
func pluralRuleIDs(st ast.Stmt) (ids []string, ok bool) {
	es, isExpr := st.(*ast.ExprStmt)
	if !isExpr {
		return nil, false
	}
	call, isCall := es.X.(*ast.CallExpr)
	if !isCall || len(call.Args) != 3 {
		return nil, false
	}
	if name, isIdent := call.Fun.(*ast.Ident); !isIdent || name.Name != "addPluralRules" {
		return nil, false
	}
	lit, isLit := call.Args[1].(*ast.CompositeLit)
	if !isLit {
		return nil, false
	}
	for _, e := range lit.Elts {
		bl, isBasic := e.(*ast.BasicLit)
		if !isBasic || bl.Kind != token.STRING {
			return nil, false
		}
		s, err := strconv.Unquote(bl.Value)
		if err != nil {
			return nil, false
		}
		ids = append(ids, s)
	}
	return ids, true
}

func containedIn(c *ast.CommentGroup, stmts []ast.Stmt) bool {
	for _, st := range stmts {
		if c.Pos() >= st.Pos() && c.End() <= st.End() {
			return true
		}
	}
	return false
}
