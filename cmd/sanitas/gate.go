package main

import (
	"bytes"
	"go/ast"
	"go/token"
	"os"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/sanitas-go/sanitas/analyzers"
)

// finding converts d into a Finding, or reports false when the gate drops it
// (rule off, file excluded or generated). A suppressed finding is returned
// with its Suppression set: the driver keeps those for JSON and SARIF.
func finding(g *analyzers.Gate, fset *token.FileSet, file *ast.File, dirs *analyzers.Directives, rule *analyzers.Rule, analyzer string, d analysis.Diagnostic, cwd string) (*Finding, bool) {
	if !g.Enabled(rule.ID) || (file != nil && g.Skips(fset, file)) {
		return nil, false
	}
	start := fset.Position(d.Pos)
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
	if dir := dirs.Match(rule.ID, start); dir != nil {
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
