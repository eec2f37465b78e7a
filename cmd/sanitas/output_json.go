package main

import (
	"encoding/json"
	"io"
	"slices"

	"github.com/sanitas-go/sanitas/analyzers"
)

// jsonSchemaVersion is the version of the JSON output format
// (docs/json-format.md). It rises only on incompatible changes: removing or
// renaming a field, or changing a field's meaning. New fields may appear in
// any version; decoders must ignore fields they do not know.
const jsonSchemaVersion = 1

// jsonReport is the top-level object of -format json.
type jsonReport struct {
	SchemaVersion int           `json:"schema_version"`
	Tool          jsonTool      `json:"tool"`
	Findings      []jsonFinding `json:"findings"` // never null
	Summary       jsonSummary   `json:"summary"`
}

type jsonTool struct {
	Name           string `json:"name"`    // "sanitas"
	Version        string `json:"version"` // as -version prints it
	InformationURI string `json:"information_uri"`
}

// jsonFinding is one finding, suppressed or not.
type jsonFinding struct {
	Rule     string `json:"rule"`     // rule ID, e.g. "SQL001", "G104"
	Analyzer string `json:"analyzer"` // analyzer that reported it
	Severity string `json:"severity"` // critical, high, medium or low
	Level    string `json:"level"`    // error, warning or note
	CWE      []int  `json:"cwe"`      // never null; empty for tool rules

	File    string  `json:"file"` // relative to the working directory, slash-separated
	Start   jsonPos `json:"start"`
	End     jsonPos `json:"end"` // equals start when the analyzer gave no end
	Message string  `json:"message"`

	Related []jsonRelated `json:"related"` // flow steps, source first; never null

	// Fingerprint identifies the finding across runs and line moves: the
	// SARIF partialFingerprints "sanitas/v1" value.
	Fingerprint string `json:"fingerprint"`

	Suppression *jsonSuppression `json:"suppression,omitempty"`
}

// jsonPos is a 1-based line and byte column, as go/token and the text
// output count them. Column 0 means unknown.
type jsonPos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type jsonRelated struct {
	Message string  `json:"message"`
	File    string  `json:"file"`
	Start   jsonPos `json:"start"`
	End     jsonPos `json:"end"`
}

type jsonSuppression struct {
	Kind          string `json:"kind"` // "inSource"
	Justification string `json:"justification"`
	Directive     string `json:"directive"` // the directive's text
	File          string `json:"file,omitempty"`
	Line          int    `json:"line,omitempty"`
}

// jsonSummary counts findings; suppressed ones are only in Suppressed.
type jsonSummary struct {
	Findings   int `json:"findings"`
	Errors     int `json:"errors"`
	Warnings   int `json:"warnings"`
	Notes      int `json:"notes"`
	Suppressed int `json:"suppressed"`
	Rules      int `json:"rules"` // enabled rules
}

// writeJSON writes the report as one indented JSON object, the format
// documented in docs/json-format.md.
func writeJSON(w io.Writer, r *Report) error {
	fps := fingerprints(r.Findings)
	out := jsonReport{
		SchemaVersion: jsonSchemaVersion,
		Tool: jsonTool{
			Name:           toolName,
			Version:        reportVersion(r),
			InformationURI: toolURI,
		},
		Findings: make([]jsonFinding, 0, len(r.Findings)),
	}
	for i, f := range r.Findings {
		jf := jsonFinding{
			Rule:        f.Rule.ID,
			Analyzer:    f.Analyzer,
			Severity:    f.Rule.SeverityName(),
			Level:       string(findingLevel(f)),
			CWE:         slices.Clone(f.Rule.CWE),
			File:        f.File,
			Start:       jsonPosOf(f.Start),
			End:         jsonPosOf(endOrStart(f.Start, f.End)),
			Message:     f.Message,
			Related:     make([]jsonRelated, 0, len(f.Related)),
			Fingerprint: fps[i],
		}
		if jf.CWE == nil {
			jf.CWE = []int{}
		}
		for _, rel := range f.Related {
			jf.Related = append(jf.Related, jsonRelated{
				Message: rel.Message,
				File:    rel.File,
				Start:   jsonPosOf(rel.Start),
				End:     jsonPosOf(endOrStart(rel.Start, rel.End)),
			})
		}
		if s := f.Suppression; s != nil {
			jf.Suppression = &jsonSuppression{
				Kind:          s.Kind,
				Justification: s.Justification,
				Directive:     s.Directive,
				File:          s.File,
				Line:          s.Line,
			}
		}
		out.Findings = append(out.Findings, jf)
	}
	s := tallyFindings(r)
	out.Summary = jsonSummary{
		Findings:   s.Findings,
		Errors:     s.ByLevel[analyzers.Error],
		Warnings:   s.ByLevel[analyzers.Warning],
		Notes:      s.ByLevel[analyzers.Note],
		Suppressed: s.Suppressed,
		Rules:      len(r.Rules),
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func jsonPosOf(p Pos) jsonPos { return jsonPos{Line: p.Line, Column: p.Col} }

// endOrStart returns end, or start when the analyzer gave no end.
func endOrStart(start, end Pos) Pos {
	if end.Line == 0 {
		return start
	}
	return end
}
