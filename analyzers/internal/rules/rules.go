// Package rules is sanitas's rule table: one row per rule ID, the single
// source for the driver's -list and -explain, SARIF rules[], default
// enablement and the documentation meta-tests.
//
// Analyzers report a rule's ID in analysis.Diagnostic.Category; messages never
// repeat it. A family of related findings lives in one analyzer and is told
// apart by rule ID.
package rules

import (
	"fmt"
	"slices"
	"strings"
)

// Precision is GitHub code scanning's "precision" rule property: how often a
// finding of the rule is a true positive.
type Precision string

// The precisions GitHub knows.
const (
	VeryHigh Precision = "very-high"
	High     Precision = "high"
	Medium   Precision = "medium"
	Low      Precision = "low"
)

// Level is a finding's SARIF level, also the unit of -fail-on.
type Level string

// The levels, from most to least severe.
const (
	Error   Level = "error"
	Warning Level = "warning"
	Note    Level = "note"
)

// Rank orders levels: error 3, warning 2, note 1, anything else 0.
func (l Level) Rank() int {
	switch l {
	case Error:
		return 3
	case Warning:
		return 2
	case Note:
		return 1
	}
	return 0
}

// ParseLevel accepts error, warning, note and none (never fail).
func ParseLevel(s string) (Level, error) {
	switch l := Level(strings.ToLower(s)); l {
	case Error, Warning, Note, "none":
		return l, nil
	}
	return "", fmt.Errorf("unknown level %q (want error, warning, note or none)", s)
}

// Rule is one row of the table.
type Rule struct {
	ID       string // "SQL001", "G104", "sanitas-directive"
	Analyzer string // name of the analysis.Analyzer that reports it
	Title    string // one line, lowercase start, no period
	CWE      []int  // CWE numbers; empty only for tool-internal rules
	// Severity is GitHub's security-severity score, in (0, 10]:
	// >= 9 critical, 7-8.9 high, 4-6.9 medium, below 4 low.
	Severity  float64
	Precision Precision
	Level     Level // default SARIF level of a finding
	Default   bool  // on by default
	Since     string
	// SupersededBy names the sanitas analyzer whose rules cover this rule's
	// bug class with fewer false positives; such rules are off by default
	// (Default false) and a user may turn them back on with -checks.
	SupersededBy string
	// Doc is the name of the docs page (docs/rules/<Doc>.md); defaults to ID.
	Doc string
}

// DocPage is the rule's page name under docs/rules, without ".md".
func (r *Rule) DocPage() string {
	if r.Doc != "" {
		return r.Doc
	}
	return r.ID
}

// SeverityName is the band GitHub shows for Severity.
func (r *Rule) SeverityName() string {
	switch {
	case r.Severity >= 9:
		return "critical"
	case r.Severity >= 7:
		return "high"
	case r.Severity >= 4:
		return "medium"
	default:
		return "low"
	}
}

// Directive is the rule under which malformed or unused //sanitas:ignore
// directives are reported.
const Directive = "sanitas-directive"

var table []*Rule
var byID = map[string]*Rule{}

// register adds rows to the table; called from the init of each file of this
// package that holds a family's rows. Duplicate IDs panic at init.
func register(rows ...*Rule) {
	for _, r := range rows {
		if _, dup := byID[r.ID]; dup {
			panic("rules: duplicate rule " + r.ID)
		}
		byID[r.ID] = r
		table = append(table, r)
	}
	slices.SortFunc(table, func(a, b *Rule) int { return strings.Compare(a.ID, b.ID) })
}

// All returns every rule, sorted by ID. The slice must not be modified.
func All() []*Rule { return table }

// Lookup returns the rule with the given ID, or nil.
func Lookup(id string) *Rule { return byID[id] }

// ForAnalyzer returns the rules reported by the named analyzer.
func ForAnalyzer(name string) []*Rule {
	var out []*Rule
	for _, r := range table {
		if r.Analyzer == name {
			out = append(out, r)
		}
	}
	return out
}

func init() {
	register(&Rule{
		ID:        Directive,
		Analyzer:  "sanitas",
		Title:     "malformed or unused //sanitas:ignore directive",
		Severity:  1.0,
		Precision: VeryHigh,
		Level:     Warning,
		Default:   true,
		Since:     "v0.1.0",
	})
}
