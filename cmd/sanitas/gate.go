package main

import (
	"bytes"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/sanitas-go/sanitas/analyzers"
)

// gate decides which diagnostics become findings: the one place where rule
// selection, path excludes, generated files and suppression directives are
// applied, shared by the driver and the vet tool.
type gate struct {
	sel       analyzers.Selection
	cfg       *analyzers.Config
	cfgDir    string // excludes are relative to it
	generated bool   // report in generated files too
}

// excluded reports whether the config excludes the file.
func (g *gate) excluded(filename string) bool {
	if g.cfg == nil || len(g.cfg.Exclude) == 0 {
		return false
	}
	rel, err := filepath.Rel(g.cfgDir, filename)
	if err != nil {
		return false
	}
	return g.cfg.Excluded(filepath.ToSlash(rel))
}

// finding converts d into a Finding, or reports false when the rule is off,
// the file is excluded or generated. A suppressed finding is returned with
// its Suppression set.
func (g *gate) finding(fset *token.FileSet, file *ast.File, dirs *directiveSet, rule *analyzers.Rule, analyzer string, d analysis.Diagnostic, cwd string) (*Finding, bool) {
	if !g.sel[rule.ID] {
		return nil, false
	}
	start := fset.Position(d.Pos)
	if g.excluded(start.Filename) {
		return nil, false
	}
	if file != nil && !g.generated && analyzers.IsGenerated(file) {
		return nil, false
	}
	f := &Finding{
		Rule:     rule,
		Analyzer: analyzer,
		Message:  d.Message,
		Level:    rule.Level,
		File:     relSlash(cwd, start.Filename),
		Start:    posOf(start),
	}
	if d.End.IsValid() {
		end := fset.Position(d.End)
		if end.Filename == start.Filename {
			f.End = posOf(end)
		}
	}
	for _, r := range d.Related {
		p := fset.Position(r.Pos)
		rel := Related{Message: r.Message, File: relSlash(cwd, p.Filename), Start: posOf(p)}
		if r.End.IsValid() {
			rel.End = posOf(fset.Position(r.End))
		}
		f.Related = append(f.Related, rel)
	}
	if dir := dirs.match(rule.ID, start); dir != nil {
		f.Suppression = &Suppression{
			Kind:          "inSource",
			Directive:     dir.Text,
			Justification: dir.Reason,
			File:          relSlash(cwd, dir.File),
			Line:          dir.Line,
		}
	}
	return f, true
}

// posOf converts a go/token position, adding the UTF-16 column.
func posOf(p token.Position) Pos {
	return Pos{Line: p.Line, Col: p.Column, Col16: col16(p.Filename, p.Line, p.Column)}
}

// lineCache holds the lines of files read for UTF-16 columns.
var lineCache sync.Map // filename -> [][]byte

func col16(filename string, line, col int) int {
	if line <= 0 || col <= 0 {
		return col
	}
	v, ok := lineCache.Load(filename)
	if !ok {
		data, err := os.ReadFile(filename)
		if err != nil {
			return col
		}
		v, _ = lineCache.LoadOrStore(filename, bytes.Split(data, []byte("\n")))
	}
	lines := v.([][]byte)
	if line > len(lines) {
		return col
	}
	return utf16Col(lines[line-1], col)
}

// directiveSet is a package's suppression directives.
type directiveSet struct {
	set *analyzers.Directives
}

type directiveProblem struct {
	pos token.Position
	msg string
}

// newDirectiveSet collects the directives of the files whose findings the
// gate can report: a directive in an excluded or generated file could only
// ever be called unused.
func (g *gate) newDirectiveSet(fset *token.FileSet, files []*ast.File) *directiveSet {
	var keep []*ast.File
	for _, f := range files {
		if g.excluded(fset.Position(f.FileStart).Filename) || (!g.generated && analyzers.IsGenerated(f)) {
			continue
		}
		keep = append(keep, f)
	}
	return &directiveSet{set: analyzers.NewDirectives(fset, keep)}
}

func (s *directiveSet) match(ruleID string, pos token.Position) *analyzers.Directive {
	return s.set.Match(ruleID, pos)
}

func (s *directiveSet) problems(sel analyzers.Selection) []directiveProblem {
	var out []directiveProblem
	for _, p := range s.set.Problems(func(id string) bool { return sel[id] }) {
		out = append(out, directiveProblem{pos: p.Pos, msg: p.Message})
	}
	return out
}
