package main

import "github.com/sanitas-go/sanitas/analyzers"

// A Finding is one diagnostic after rule lookup, path relativisation and
// suppression: the unit every output format renders.
type Finding struct {
	Rule     *analyzers.Rule // never nil
	Analyzer string          // analysis.Analyzer name that reported it
	Message  string
	Level    analyzers.Level // the rule's level (a finding has no level of its own)

	// File is relative to the working directory (text, JSON) and RepoPath
	// relative to the repository root (SARIF), both slash-separated.
	File     string
	RepoPath string
	Start    Pos
	End      Pos // End.Line == 0 when the analyzer gave no end

	// Related are the flow steps (source, hops) in order.
	Related []Related

	// Suppression is non-nil when a directive suppressed the finding; such
	// findings are kept (SARIF "suppressions", JSON "suppression") but never
	// count for the exit code or the text output.
	Suppression *Suppression
}

// Pos is a 1-based line and byte column, plus the column in UTF-16 code
// units that SARIF wants (equal to Col on ASCII lines).
type Pos struct {
	Line, Col, Col16 int
}

// Related is one flow step.
type Related struct {
	Message  string
	File     string // relative to the working directory
	RepoPath string // relative to the repository root
	Start    Pos
	End      Pos
}

// Suppression records how a finding was suppressed.
type Suppression struct {
	Kind          string // "inSource"
	Directive     string // the directive's text, e.g. "//sanitas:ignore SQL001 reviewed"
	Justification string
	File          string
	Line          int
	// RepoPath is File relative to the repository root (SARIF suppression
	// location); when empty the finding's RepoPath is used, as a directive
	// sits in the file of the finding it suppresses.
	RepoPath string
}

// Report is what the driver hands to an output format.
type Report struct {
	Version  string            // sanitas version
	Rules    []*analyzers.Rule // every enabled rule, sorted by ID (SARIF rules[])
	Findings []*Finding        // sorted by file, line, column, rule
	RepoRoot string            // absolute path of the repository root (SARIF %SRCROOT%)
}
