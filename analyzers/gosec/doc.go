// Package gosec carries gosec's rule set (github.com/securego/gosec/v2,
// pinned in go.mod) as one go/analysis analyzer, so that a gosec user keeps
// every rule under its G ID the day they adopt sanitas.
//
// # Analyzer gosec
//
// gosec: gosec's AST rules and SSA analyzers under their G IDs
//
// Runs the rules of gosec v2.30.0 on each package, reusing the SSA form
// built once by sanitas's ssabuild (shared with the taint engine), and reports each finding with its gosec rule ID
// (G101 ... G710) as the diagnostic category and gosec's text as the
// message. gosec's #nosec and //gosec:disable comments suppress findings
// exactly as they do in gosec; sanitas's //sanitas:ignore works on top, in
// the driver. Rules that are off are not built. The rules are listed on
// docs/rules/gosec.md.
package gosec
