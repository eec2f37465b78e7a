package main

// SARIF for GitHub code scanning, written with go-sarif v2.3.3 around its
// three defects (docs NOTES B3): every rule is declared before any result,
// so no result gets go-sarif's ruleIndex of 2^64-1; every rule has a
// shortDescription (go-sarif writes null otherwise); every suppression has
// status, guid and location set (go-sarif writes null for each unset one).
//
// What GitHub does with the rest (GitHub Docs "SARIF support for code
// scanning", and the notes atop staticcheck's lintcmd/sarif.go):
//
//   - relatedLocations are shown only when the message links them, so the
//     flow steps are appended to the message as "[step](id)" links;
//   - rule help is rendered as Markdown with every line break kept, so the
//     docs pages are unwrapped first (paragraphs become one line);
//   - security-severity (a string) makes results security alerts, and
//     tags external/cwe/cwe-NNN make them filterable by CWE;
//   - only partialFingerprints.primaryLocationLineHash is used, and
//     upload-sarif computes it from the checkout; we never set it, and give
//     our own line-independent key "sanitas/v1" for other consumers;
//   - suppressions are ignored by GitHub (dismiss-alerts can use them), but
//     they keep suppressed findings auditable in the file.
//
// Columns are UTF-16 code units (run.columnKind), from Pos.Col16.

import (
	"crypto/sha1" //nolint:gosec // UUIDv5 (RFC 4122) is defined over SHA-1; the guid names a suppression, it protects nothing
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v2/sarif"
	"golang.org/x/mod/semver"

	"github.com/sanitas-go/sanitas/analyzers"
)

const (
	toolName = "sanitas"
	toolURI  = "https://github.com/sanitas-go/sanitas"

	// srcRoot is the uriBaseId of every location: the repository root.
	srcRoot = "%SRCROOT%"

	// fingerprintKey names our partialFingerprints entry. Bump the version
	// when the fingerprint's inputs change.
	fingerprintKey = "sanitas/v1"

	// maxFullDescription is GitHub's limit on fullDescription.text.
	maxFullDescription = 1024

	// defaultHelpBase is the helpUri of a rule whose docs callback gives none.
	defaultHelpBase = "https://github.com/sanitas-go/sanitas/blob/main/docs/rules/"
)

// writeSARIF writes the report as a SARIF 2.1.0 log with one run. docs
// returns a rule's Markdown documentation page and its help URI; it may be
// nil, and either result may be empty (the title then stands in for the
// help, and the help URI defaults to the page on GitHub).
func writeSARIF(w io.Writer, r *Report, docs func(ruleID string) (markdown string, helpURI string)) error {
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	run := sarif.NewRunWithInformationURI(toolName, toolURI)
	driver := run.Tool.Driver
	driver.WithVersion(reportVersion(r))
	if v := reportVersion(r); semver.IsValid(v) {
		driver.WithSemanticVersion(strings.TrimPrefix(v, "v"))
	}
	run.WithColumnKind("utf16CodeUnits")
	if r.RepoRoot != "" {
		run.WithOriginalUriBaseIds(map[string]*sarif.ArtifactLocation{
			srcRoot: sarif.NewSimpleArtifactLocation(sarifDirURI(r.RepoRoot)),
		})
	}

	// Rules first, all of them, fired or not: results refer to them by index.
	index := map[string]int{}
	declare := func(rule *analyzers.Rule) {
		if _, ok := index[rule.ID]; ok {
			return
		}
		index[rule.ID] = len(driver.Rules)
		driver.AddRule(sarifRule(rule, docs))
	}
	for _, rule := range r.Rules {
		declare(rule)
	}
	for _, f := range r.Findings {
		declare(f.Rule) // a finding of a rule the driver did not list
	}

	fps := fingerprints(r.Findings)
	for i, f := range r.Findings {
		res := sarifResult(f, fps[i], r.RepoRoot)
		res.WithRuleIndex(index[f.Rule.ID])
		run.Results = append(run.Results, res)
	}
	log.AddRun(run)

	if err := log.PrettyWrite(w); err != nil {
		return err
	}
	_, err = io.WriteString(w, "\n")
	return err
}

func reportVersion(r *Report) string {
	if r.Version == "" {
		return "devel"
	}
	return r.Version
}

// sarifRule builds a rule's reportingDescriptor.
func sarifRule(rule *analyzers.Rule, docs func(string) (string, string)) *sarif.ReportingDescriptor {
	var md, helpURI string
	if docs != nil {
		md, helpURI = docs(rule.ID)
	}
	if helpURI == "" {
		helpURI = defaultHelpBase + rule.DocPage() + ".md"
	}
	md = unwrapMarkdown(md)
	// fullDescription: the first section of the rule's own page; a page
	// shared by a family of rules (Rule.Doc, e.g. gosec's) describes the
	// family, so those rules get their title.
	full := rule.Title
	if rule.DocPage() == rule.ID {
		if s := firstSection(md); s != "" {
			full = s
		}
	}
	helpText := md
	if helpText == "" {
		helpText = rule.Title
	}

	tags := []string{"security"}
	for _, cwe := range rule.CWE {
		tags = append(tags, fmt.Sprintf("external/cwe/cwe-%03d", cwe))
	}
	props := sarif.Properties{
		"tags":              tags,
		"security-severity": strconv.FormatFloat(rule.Severity, 'f', 1, 64),
	}
	if rule.Precision != "" {
		props["precision"] = string(rule.Precision)
	}
	level := rule.Level
	if level == "" {
		level = analyzers.Warning
	}

	d := sarif.NewRule(rule.ID).
		WithShortDescription(sarif.NewMultiformatMessageString(rule.Title)).
		WithFullDescription(sarif.NewMultiformatMessageString(truncateRunes(full, maxFullDescription))).
		WithHelpURI(helpURI).
		WithTextHelp(helpText).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(string(level))).
		WithProperties(props)
	if md != "" {
		d.WithMarkdownHelp(md)
	}
	// SARIF forbids a name equal to the ID.
	if name := sarifRuleName(rule.Title); name != "" && name != rule.ID {
		d.WithName(name)
	}
	return d
}

// sarifResult builds the result of one finding; the caller sets ruleIndex.
func sarifResult(f *Finding, fingerprint, root string) *sarif.Result {
	res := sarif.NewRuleResult(f.Rule.ID).
		WithLevel(string(findingLevel(f))).
		WithMessage(sarif.NewTextMessage(resultMessage(f))).
		WithPartialFingerPrints(map[string]any{fingerprintKey: fingerprint})
	res.AddLocation(sarif.NewLocationWithPhysicalLocation(
		sarifPhysical(root, f.RepoPath, f.File, f.Start, f.End)))

	if len(f.Related) > 0 {
		flow := sarif.NewThreadFlow()
		for i, rel := range f.Related {
			res.AddRelatedLocation(sarif.NewLocationWithPhysicalLocation(
				sarifPhysical(root, rel.RepoPath, rel.File, rel.Start, rel.End)).
				WithId(i + 1).
				WithDescriptionText(rel.Message))
			flow.AddLocation(sarif.NewThreadFlowLocation().WithLocation(
				sarif.NewLocationWithPhysicalLocation(
					sarifPhysical(root, rel.RepoPath, rel.File, rel.Start, rel.End)).
					WithDescriptionText(rel.Message)))
		}
		flow.AddLocation(sarif.NewThreadFlowLocation().WithLocation(
			sarif.NewLocationWithPhysicalLocation(
				sarifPhysical(root, f.RepoPath, f.File, f.Start, f.End)).
				WithDescriptionText(f.Message)))
		res.AddCodeFlow(sarif.NewCodeFlow().WithThreadFlows([]*sarif.ThreadFlow{flow}))
	}

	if s := f.Suppression; s != nil {
		kind := s.Kind
		if kind == "" {
			kind = "inSource"
		}
		path, line := s.RepoPath, s.Line
		if path == "" {
			path = f.RepoPath
		}
		if line == 0 {
			line = f.Start.Line
		}
		loc := sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
			WithArtifactLocation(sarifArtifact(root, path, s.File)).
			WithRegion(sarif.NewRegion().WithStartLine(line)))
		// All four set: go-sarif v2.3.3 writes null for any unset one.
		res.AddSuppression(sarif.NewSuppression(kind).
			WithStatus("accepted").
			WithJustifcation(s.Justification).
			WithGuid(uuid5(fingerprint)).
			WithLocation(loc))
	}
	return res
}

// resultMessage is the finding's message, plus links to the flow steps,
// which is the only way GitHub shows relatedLocations:
//
//	query built from user input (flow: [r.FormValue("id")](1) → [q](2))
//
// With links present, literal brackets and backslashes are escaped (SARIF
// 3.11.6).
func resultMessage(f *Finding) string {
	if len(f.Related) == 0 {
		return f.Message
	}
	var b strings.Builder
	b.WriteString(escapeMessage(f.Message))
	b.WriteString(" (flow: ")
	for i, rel := range f.Related {
		if i > 0 {
			b.WriteString(" → ")
		}
		text := rel.Message
		if text == "" {
			text = "step " + strconv.Itoa(i+1)
		}
		fmt.Fprintf(&b, "[%s](%d)", escapeMessage(text), i+1)
	}
	b.WriteString(")")
	return b.String()
}

var messageEscaper = strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`)

func escapeMessage(s string) string { return messageEscaper.Replace(s) }

// sarifPhysical is a location in a file: repoPath (relative to the repository
// root) when known, else file; columns in UTF-16 code units. An unknown end
// (End.Line == 0) makes the region start at and end at the start.
func sarifPhysical(root, repoPath, file string, start, end Pos) *sarif.PhysicalLocation {
	end = endOrStart(start, end)
	reg := sarif.NewRegion()
	if start.Line > 0 {
		reg.WithStartLine(start.Line)
		if c := sarifCol(start); c > 0 {
			reg.WithStartColumn(c)
		}
		el, ec := end.Line, sarifCol(end)
		if el < start.Line || (el == start.Line && ec < sarifCol(start)) {
			el, ec = start.Line, sarifCol(start) // a malformed end: use the start
		}
		reg.WithEndLine(el)
		if ec > 0 {
			reg.WithEndColumn(ec)
		}
	}
	pl := sarif.NewPhysicalLocation().WithArtifactLocation(sarifArtifact(root, repoPath, file))
	if start.Line > 0 {
		pl.WithRegion(reg)
	}
	return pl
}

// sarifCol is the UTF-16 column, or the byte column if the driver left Col16
// unset.
func sarifCol(p Pos) int {
	if p.Col16 > 0 {
		return p.Col16
	}
	return p.Col
}

// sarifArtifact is a URI relative to %SRCROOT% (the repository root), or an
// absolute file URI for a file outside the repository (a path starting with
// "../" when root is known, or an absolute path).
func sarifArtifact(root, repoPath, file string) *sarif.ArtifactLocation {
	p := repoPath
	if p == "" {
		p = file
	}
	if root != "" && (p == ".." || strings.HasPrefix(p, "../")) {
		p = filepath.Join(root, filepath.FromSlash(p))
	}
	if filepath.IsAbs(p) {
		return sarif.NewSimpleArtifactLocation(sarifFileURI(p))
	}
	p = filepath.ToSlash(p)
	return sarif.NewSimpleArtifactLocation((&url.URL{Path: p}).EscapedPath()).WithUriBaseId(srcRoot)
}

func sarifFileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x on Windows
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// sarifDirURI is the file URI of a directory, with the trailing slash that makes
// relative URIs resolve inside it.
func sarifDirURI(dir string) string {
	u := sarifFileURI(dir)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// positionInMessage matches what a message may say about lines, which must
// not enter a fingerprint: "file.go:12:5", ":12", "line 12", "lines 3-4".
var positionInMessage = regexp.MustCompile(`:\d+(:\d+)?|(?i)\blines? \d+(-\d+)?`)

// fingerprints computes the "sanitas/v1" partial fingerprint of each
// finding: a hash of the rule ID, the repository-relative path, the message
// with line and column numbers removed, and the finding's index among the
// findings with the same three (in report order). It survives edits that
// move the code, and changes when the finding changes.
func fingerprints(fs []*Finding) []string {
	seen := map[string]int{}
	out := make([]string, len(fs))
	for i, f := range fs {
		path := f.RepoPath
		if path == "" {
			path = f.File
		}
		key := f.Rule.ID + "\x00" + path + "\x00" + positionInMessage.ReplaceAllString(f.Message, "")
		n := seen[key]
		seen[key]++
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(n)))
		out[i] = hex.EncodeToString(sum[:16])
	}
	return out
}

// guidNamespace is the RFC 4122 URL namespace; uuid5 hashes names under it.
var guidNamespace = [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// uuid5 derives a deterministic RFC 4122 version-5 UUID from a fingerprint,
// so that the same suppressed finding gets the same guid in every run.
func uuid5(fingerprint string) string {
	h := sha1.New() //nolint:gosec // see the import: UUIDv5 requires SHA-1
	h.Write(guidNamespace[:])
	h.Write([]byte(toolURI + "/suppression/" + fingerprint))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50 // version 5
	u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// sarifRuleName is the reportingDescriptor name: the title in PascalCase, letters
// and digits only ("SQL query built from request data" →
// "SQLQueryBuiltFromRequestData").
func sarifRuleName(title string) string {
	var b strings.Builder
	for word := range strings.FieldsFuncSeq(title, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		r, size := utf8.DecodeRuneInString(word)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(word[size:])
	}
	return b.String()
}

// truncateRunes cuts s to at most max characters, ending with "…" when cut.
func truncateRunes(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	rs := []rune(s)
	return strings.TrimRightFunc(string(rs[:max-1]), unicode.IsSpace) + "…"
}

// unwrapMarkdown joins the hard-wrapped lines of each paragraph and list
// item into one line, because GitHub renders every line break of rule help
// as a hard break. Headings, fenced code, tables, block quotes and blank
// lines are kept as they are.
func unwrapMarkdown(md string) string {
	md = strings.ReplaceAll(md, "\r\n", "\n")
	if strings.TrimSpace(md) == "" {
		return ""
	}
	lines := strings.Split(strings.TrimRight(md, "\n"), "\n")
	var out []string
	inFence, joinable := false, false
	for _, line := range lines {
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			inFence = !inFence
			joinable = false
			out = append(out, line)
		case inFence:
			out = append(out, line)
		case trimmed == "" || strings.HasPrefix(trimmed, "#") ||
			strings.HasPrefix(trimmed, "|") || strings.HasPrefix(trimmed, ">") ||
			strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t"):
			joinable = false
			out = append(out, line)
		case joinable && !startsListItem(trimmed):
			out[len(out)-1] += " " + trimmed
		default:
			joinable = true
			out = append(out, line)
		}
	}
	return strings.Join(out, "\n") + "\n"
}

var mdListItem = regexp.MustCompile(`^([-*+]|\d+[.)])\s`)

func startsListItem(s string) bool { return mdListItem.MatchString(s) }

// firstSection is the prose of a docs page's first section, as one line:
// the text after the title up to the next heading, without the bold
// metadata line that follows the title. It becomes fullDescription.
func firstSection(md string) string {
	var parts []string
	started, inFence := false, false
	for line := range strings.SplitSeq(md, "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			if started {
				return strings.Join(parts, " ")
			}
			inFence = !inFence
		case inFence, t == "", strings.HasPrefix(t, "**"):
			// code before any prose, blank, or metadata ("**Severity:** ...")
		case strings.HasPrefix(t, "#"):
			if started {
				return strings.Join(parts, " ")
			}
		default:
			started = true
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}
