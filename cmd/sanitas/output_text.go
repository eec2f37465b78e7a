package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/sanitas-go/sanitas/analyzers"
)

// writeText writes the findings for humans and editors, one line each in the
// report's order:
//
//	file:line:col: message [RULE-ID]
//
// Each flow step (Finding.Related) follows its finding on its own line,
// indented by a tab, as staticcheck's text output does:
//
//	\tfile:line:col: step message
//
// so that the source of a taint flow is one click away, while
// `grep -v '^\t'` (or any pattern anchored on "[RULE-ID]") still gives one
// line per finding. Suppressed findings are not printed, only counted. The
// last line is a summary:
//
//	3 findings (1 high, 2 medium), 1 suppressed
//	no findings
func writeText(w io.Writer, r *Report) error {
	var b bytes.Buffer
	for _, f := range r.Findings {
		if f.Suppression != nil {
			continue
		}
		fmt.Fprintf(&b, "%s: %s [%s]\n", textPos(f.File, f.Start), f.Message, f.Rule.ID)
		for _, rel := range f.Related {
			fmt.Fprintf(&b, "\t%s: %s\n", textPos(rel.File, rel.Start), rel.Message)
		}
	}
	fmt.Fprintln(&b, tallyFindings(r).text())
	_, err := w.Write(b.Bytes())
	return err
}

// textPos formats a position as go/token does: the column is in bytes and
// left out when unknown.
func textPos(file string, p Pos) string {
	switch {
	case p.Line == 0:
		return file
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", file, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", file, p.Line, p.Col)
}

// tally counts a report's findings; the text and JSON outputs share it.
type tally struct {
	Findings   int // unsuppressed
	Suppressed int
	ByLevel    map[analyzers.Level]int // unsuppressed, by level
	BySeverity map[string]int          // unsuppressed, by severity band
}

func tallyFindings(r *Report) tally {
	s := tally{ByLevel: map[analyzers.Level]int{}, BySeverity: map[string]int{}}
	for _, f := range r.Findings {
		if f.Suppression != nil {
			s.Suppressed++
			continue
		}
		s.Findings++
		s.ByLevel[findingLevel(f)]++
		s.BySeverity[f.Rule.SeverityName()]++
	}
	return s
}

// findingLevel is the finding's level, defaulting to its rule's and then to
// warning.
func findingLevel(f *Finding) analyzers.Level {
	switch {
	case f.Level != "":
		return f.Level
	case f.Rule.Level != "":
		return f.Rule.Level
	}
	return analyzers.Warning
}

func (s tally) text() string {
	var b strings.Builder
	if s.Findings == 0 {
		b.WriteString("no findings")
	} else {
		b.WriteString(countNoun(s.Findings, "finding"))
		var parts []string
		for _, sev := range []string{"critical", "high", "medium", "low"} {
			if n := s.BySeverity[sev]; n > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", n, sev))
			}
		}
		if len(parts) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
		}
	}
	if s.Suppressed > 0 {
		fmt.Fprintf(&b, ", %d suppressed", s.Suppressed)
	}
	return b.String()
}

func countNoun(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
