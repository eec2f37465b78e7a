// Package directive parses the comments that suppress sanitas findings and
// matches them against findings.
//
// Two forms are honoured, both on the finding's line (as a trailing comment)
// or directly above it (in the comment group that ends on the line before):
//
//	//sanitas:ignore SQL001,G201 the query text is a constant table name
//	//nolint:sanitas // reviewed in #123
//
// A //sanitas:ignore directive names one or more rule IDs (exact IDs,
// case-insensitive; no globs), separated by commas, then a reason, which is
// required. It must be written with no space after the slashes, like every Go
// directive. A malformed directive suppresses nothing and is reported, as is
// a well-formed one that suppressed no finding of an enabled rule (the driver
// reports both under rule ID rules.Directive).
//
// //nolint:sanitas is golangci-lint's syntax, accepted so that one comment
// serves both the plugin and the standalone driver: "sanitas" may appear in a
// comma list (//nolint:errcheck,sanitas) and an explanation may follow after
// "//". It suppresses every sanitas rule on its line. An unused one is not
// reported here; golangci-lint's nolintlint owns that. Bare //nolint and
// //nolint:all are not honoured: a suppression must name what it suppresses.
//
// Block comments are never directives. gosec's #nosec is handled by the
// gosec adapter, not here.
//
// Lines are those of go/token's adjusted positions (fset.Position), so a
// //line directive moves directives and findings alike.
package directive

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/sanitas-go/sanitas/analyzers/internal/rules"
)

// The kinds of directive.
const (
	KindIgnore = "sanitas:ignore"
	KindNolint = "nolint"
)

// A Directive is one suppression comment.
type Directive struct {
	Pos  token.Pos // start of the comment
	File string    // file of the suppressed line, as fset.Position names it
	// Line is the line whose findings the directive suppresses: the
	// comment's own line for a trailing comment, else the line after its
	// comment group. 0 when there is no such line (a comment at the end of
	// the file).
	Line   int
	Rules  []string // canonical rule IDs, deduplicated; nil for nolint (every rule)
	Reason string   // the justification, "" if missing
	Text   string   // the comment's text, "//..." included
	Kind   string   // KindIgnore or KindNolint
	// Problem is non-empty when the directive is malformed, and then it
	// suppresses nothing: "missing reason", "no rule ID", "empty rule ID",
	// `unknown rule "SQL999"`, "space after //".
	Problem string

	msg  string          // Problem as a sentence, for Problems
	used map[string]bool // rule IDs it suppressed; "" for nolint
}

// Suppresses reports whether d, if it is on the finding's line, suppresses a
// finding of the rule. A malformed directive suppresses nothing.
func (d *Directive) Suppresses(ruleID string) bool {
	if d.Problem != "" {
		return false
	}
	if d.Kind == KindNolint {
		return true
	}
	for _, id := range d.Rules {
		if strings.EqualFold(id, ruleID) {
			return true
		}
	}
	return false
}

// Parse returns the directives in f, in source order. f must have been
// parsed with parser.ParseComments. Rule IDs are checked against the rule
// table (package rules).
func Parse(fset *token.FileSet, f *ast.File) []*Directive {
	return parse(fset, f, canonical)
}

// canonical returns the ID of the rule that id names, ignoring case, or "".
func canonical(id string) string {
	if r := rules.Lookup(id); r != nil {
		return r.ID
	}
	for _, r := range rules.All() {
		if strings.EqualFold(r.ID, id) {
			return r.ID
		}
	}
	return ""
}

// IsGenerated reports whether f carries the standard "Code generated ...
// DO NOT EDIT." comment (see ast.IsGenerated).
func IsGenerated(f *ast.File) bool { return ast.IsGenerated(f) }

const ignorePrefix = "//" + KindIgnore

func parse(fset *token.FileSet, f *ast.File, lookup func(string) string) []*Directive {
	tf := fset.File(cmp.Or(f.FileStart, f.Package))
	if tf == nil {
		return nil
	}
	type pending struct {
		d     *Directive
		c     *ast.Comment
		group *ast.CommentGroup
	}
	var found []pending
	for _, g := range f.Comments {
		for _, c := range g.List {
			if d := parseComment(c.Text, lookup); d != nil {
				d.Pos = c.Slash
				found = append(found, pending{d, c, g})
			}
		}
	}
	if len(found) == 0 {
		return nil
	}

	// A directive is trailing when code precedes it on its line: some
	// node starts or ends there before the comment.
	first := map[int]int{} // line -> offset of the first directive comment on it
	for _, p := range found {
		off := tf.Offset(p.c.Slash)
		line := tf.PositionFor(p.c.Slash, false).Line
		if o, ok := first[line]; !ok || off < o {
			first[line] = off
		}
	}
	codeBefore := map[int]bool{} // line -> code precedes the first directive on it
	mark := func(p token.Pos) {
		if !p.IsValid() || tf.Base() > int(p) || int(p) > tf.Base()+tf.Size() {
			return
		}
		line := tf.PositionFor(p, false).Line
		if o, ok := first[line]; ok && tf.Offset(p) <= o {
			codeBefore[line] = true
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil:
			return false
		case *ast.CommentGroup, *ast.Comment:
			return false
		case *ast.File:
			return true // its Pos is the package clause; its End may lie past trailing comments
		}
		mark(n.Pos())
		mark(n.End())
		return true
	})
	mark(f.Package)

	out := make([]*Directive, 0, len(found))
	for _, p := range found {
		d := p.d
		cpos := tf.PositionFor(p.c.Slash, false)
		if codeBefore[cpos.Line] { // a // comment runs to the end of its line, so it is first[line]
			pos := fset.Position(p.c.Slash)
			d.File, d.Line = pos.Filename, pos.Line
		} else {
			end := tf.PositionFor(p.group.End(), false).Line
			if end+1 <= tf.LineCount() {
				pos := fset.Position(tf.LineStart(end + 1))
				d.File, d.Line = pos.Filename, pos.Line
			} else {
				d.File = fset.Position(p.c.Slash).Filename
			}
		}
		out = append(out, d)
	}
	return out
}

// parseComment parses one comment's text, returning nil if it is not a
// directive.
func parseComment(text string, lookup func(string) string) *Directive {
	if !strings.HasPrefix(text, "//") {
		return nil // block comments are never directives
	}
	if strings.HasPrefix(text, ignorePrefix) {
		rest := text[len(ignorePrefix):]
		if rest != "" && !isSpace(rest[0]) {
			return nil // another word, e.g. //sanitas:ignored
		}
		return parseIgnore(text, rest, lookup)
	}
	// "// sanitas:ignore SQL001 why" is a directive gone wrong; "//
	// sanitas:ignore directives need ..." is prose, told apart by whether
	// a rule ID follows.
	body := strings.TrimLeft(text[2:], " \t")
	if rest, ok := strings.CutPrefix(body, KindIgnore); ok && rest != "" && isSpace(rest[0]) && startsWithRule(rest, lookup) {
		return &Directive{
			Text: text, Kind: KindIgnore, Problem: "space after //",
			msg: "write //sanitas:ignore with no space after //; as written it suppresses nothing",
		}
	}
	return parseNolint(text)
}

// startsWithRule reports whether the first word of s names a rule.
func startsWithRule(s string, lookup func(string) string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	return len(words) > 0 && lookup(words[0]) != ""
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' }

// parseIgnore parses the arguments of //sanitas:ignore: rule IDs separated
// by commas (spaces around commas allowed), then the reason. A reason may
// start with "--", as gosec's #nosec justifications do.
func parseIgnore(text, rest string, lookup func(string) string) *Directive {
	d := &Directive{Text: text, Kind: KindIgnore}
	s := strings.TrimLeftFunc(rest, unicode.IsSpace)
	if s == "" {
		d.Problem = "no rule ID"
		d.msg = "//sanitas:ignore directive needs a rule ID and a reason, as in //sanitas:ignore SQL001 the table name is a constant"
		return d
	}
	var ids []string
	for {
		i := strings.IndexFunc(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
		if i < 0 {
			i = len(s)
		}
		ids = append(ids, s[:i])
		s = strings.TrimLeftFunc(s[i:], unicode.IsSpace)
		if !strings.HasPrefix(s, ",") {
			break
		}
		s = strings.TrimLeftFunc(s[1:], unicode.IsSpace)
	}
	reason := strings.TrimSpace(s)
	if r, ok := strings.CutPrefix(reason, "--"); ok {
		reason = strings.TrimSpace(r)
	}
	d.Reason = reason

	for _, id := range ids {
		if id == "" {
			d.Problem = "empty rule ID"
			d.msg = "//sanitas:ignore directive has an empty rule ID in its list"
			return d
		}
		canon := lookup(id)
		if canon == "" {
			d.Problem = fmt.Sprintf("unknown rule %q", id)
			d.msg = fmt.Sprintf("//sanitas:ignore directive names unknown rule %q", id)
			if strings.ContainsAny(id, "*?[") {
				d.msg += " (globs are not allowed; list exact rule IDs)"
			}
			return d
		}
		if !slices.Contains(d.Rules, canon) {
			d.Rules = append(d.Rules, canon)
		}
	}
	if d.Reason == "" {
		d.Problem = "missing reason"
		d.msg = "//sanitas:ignore directive needs a reason after the rule IDs"
	}
	return d
}

// parseNolint recognises golangci-lint's //nolint:a,b,c // why when the list
// names sanitas. Like golangci-lint it allows spaces and slashes before
// "nolint" and spaces around names, and matches names case-insensitively.
func parseNolint(text string) *Directive {
	body := strings.TrimLeft(text, "/ ")
	list, ok := strings.CutPrefix(body, "nolint:")
	if !ok {
		return nil
	}
	list, why, _ := strings.Cut(list, "//")
	for name := range strings.SplitSeq(list, ",") {
		// As in golangci-lint, "//nolint:sanitas reviewed" names a
		// linter "sanitas reviewed", so it does not count.
		if strings.EqualFold(strings.TrimSpace(name), "sanitas") {
			return &Directive{Text: text, Kind: KindNolint, Reason: strings.TrimSpace(why)}
		}
	}
	return nil
}

// A Set holds the directives of a package's files and records which of
// them suppressed findings. It is safe for concurrent use.
type Set struct {
	mu     sync.Mutex
	all    []*Directive
	byLine map[fileLine][]*Directive
	fset   *token.FileSet
}

type fileLine struct {
	file string
	line int
}

// NewSet parses the directives of files. Pass the files whose findings the
// driver reports (generated files it skips are better left out, or their
// directives may be called unused).
func NewSet(fset *token.FileSet, files []*ast.File) *Set {
	return newSet(fset, files, canonical)
}

func newSet(fset *token.FileSet, files []*ast.File, lookup func(string) string) *Set {
	s := &Set{byLine: map[fileLine][]*Directive{}, fset: fset}
	for _, f := range files {
		for _, d := range parse(fset, f, lookup) {
			s.all = append(s.all, d)
			if d.Line > 0 {
				k := fileLine{d.File, d.Line}
				s.byLine[k] = append(s.byLine[k], d)
			}
		}
	}
	return s
}

// Directives returns every directive in the set, malformed ones included, in
// file order. The slice must not be modified.
func (s *Set) Directives() []*Directive { return s.all }

// Match returns the directive that suppresses a finding of ruleID at pos
// (as reported by fset.Position), or nil, and records it as used. If several
// directives apply, all are recorded and a //sanitas:ignore is returned in
// preference to a //nolint.
func (s *Set) Match(ruleID string, pos token.Position) *Directive {
	if s == nil || pos.Line == 0 {
		return nil
	}
	ds := s.byLine[fileLine{pos.Filename, pos.Line}]
	if len(ds) == 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var best *Directive
	for _, d := range ds {
		if !d.Suppresses(ruleID) {
			continue
		}
		if d.used == nil {
			d.used = map[string]bool{}
		}
		if d.Kind == KindNolint {
			d.used[""] = true
		} else {
			for _, id := range d.Rules {
				if strings.EqualFold(id, ruleID) {
					d.used[id] = true
				}
			}
		}
		if best == nil || best.Kind == KindNolint && d.Kind == KindIgnore {
			best = d
		}
	}
	return best
}

// A Problem is a malformed //sanitas:ignore directive, or a well-formed one
// that suppressed no finding of one of its rules.
type Problem struct {
	Pos       token.Position // of the directive comment (Directive.Pos)
	RuleID    string         // for an unused directive, the rule it did not match; else ""
	Message   string         // lowercase, no period
	Directive *Directive
}

// Problems returns the malformed //sanitas:ignore directives and, per rule
// ID, the well-formed ones that matched no finding, sorted by position. Call
// it after every finding has gone through Match. enabled tells which rules
// were enabled and had their analyzers run: a directive for any other rule
// could not have matched and is not called unused (nil means all were).
// An unused //nolint:sanitas is never reported.
func (s *Set) Problems(enabled func(ruleID string) bool) []Problem {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Problem
	add := func(d *Directive, id, msg string) {
		out = append(out, Problem{Pos: s.fset.Position(d.Pos), RuleID: id, Message: msg, Directive: d})
	}
	for _, d := range s.all {
		if d.Kind != KindIgnore {
			continue
		}
		if d.Problem != "" {
			add(d, "", d.msg)
			continue
		}
		for _, id := range d.Rules {
			if !d.used[id] && (enabled == nil || enabled(id)) {
				add(d, id, fmt.Sprintf("//sanitas:ignore directive for %s matched no finding", id))
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Problem) int {
		return cmp.Or(
			strings.Compare(a.Pos.Filename, b.Pos.Filename),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column),
		)
	})
	return out
}
