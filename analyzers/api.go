package analyzers

import (
	"go/ast"
	"go/token"

	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/internal/directive"
	"github.com/sanitas-go/sanitas/analyzers/internal/rules"
)

// The rule table, configuration and suppression directives live in
// analyzers/internal beside the analyzers that use them; this file is their
// public face for the commands (cmd/sanitas, cmd/gclplugin), which Go's
// internal rule keeps out of analyzers/internal. Aliases keep one type each.

// Rule table.
type (
	Rule      = rules.Rule
	Level     = rules.Level
	Precision = rules.Precision
	Selection = rules.Selection
)

// Levels, most severe first.
const (
	Error   = rules.Error
	Warning = rules.Warning
	Note    = rules.Note
)

// DirectiveRule is the rule reporting malformed or unused directives.
const DirectiveRule = rules.Directive

// Rules returns every rule, sorted by ID.
func Rules() []*Rule { return rules.All() }

// LookupRule returns the rule with the given ID, or nil.
func LookupRule(id string) *Rule { return rules.Lookup(id) }

// MatchRules returns the IDs that a rule ID or glob names; an error when none.
func MatchRules(pattern string) ([]string, error) { return rules.Match(pattern) }

// DefaultSelection is the set of rules on by default.
func DefaultSelection() Selection { return rules.Defaults() }

// ParseLevel parses error, warning, note or none.
func ParseLevel(s string) (Level, error) { return rules.ParseLevel(s) }

// Configuration (.sanitas.yml).
type (
	Config   = config.Config
	Settings = config.Settings
)

// FindConfig returns the .sanitas.yml found from the module root of dir
// upward, or "".
func FindConfig(dir string) (string, error) { return config.Find(dir) }

// LoadConfig reads and strictly validates a config file.
func LoadConfig(path string) (*Config, error) { return config.Load(path) }

// Suppression directives.
type (
	Directive  = directive.Directive
	Directives = directive.Set
)

// NewDirectives collects the directives of a package's files.
func NewDirectives(fset *token.FileSet, files []*ast.File) *Directives {
	return directive.NewSet(fset, files)
}

// IsGenerated reports whether f carries a "Code generated ... DO NOT EDIT." comment.
func IsGenerated(f *ast.File) bool { return directive.IsGenerated(f) }

// ParseConfig strictly decodes config data (YAML, or JSON, which is YAML);
// name is used in error positions.
func ParseConfig(name string, data []byte) (*Config, error) { return config.Parse(name, data) }
