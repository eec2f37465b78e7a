// Package analyzers lists sanitas's analyzers: the Suite that the driver, the
// vet tool and the golangci-lint plugin run.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/sanitas-go/sanitas/analyzers/authz"
	"github.com/sanitas-go/sanitas/analyzers/gosec"
	"github.com/sanitas-go/sanitas/analyzers/internal/config"
	"github.com/sanitas-go/sanitas/analyzers/logleak"
	"github.com/sanitas-go/sanitas/analyzers/pwhash"
	"github.com/sanitas-go/sanitas/analyzers/sqlinject"
	"github.com/sanitas-go/sanitas/analyzers/xss"
)

// Suite is every sanitas analyzer, built with the default settings.
// Rules that are off by default are still in the Suite; the rule table says
// which are on (rules.Defaults), and the driver filters what they report.
var Suite = MustNew(config.Settings{})

// New builds the Suite with the given per-analyzer settings. Bad settings
// are an error, never a panic.
func New(s config.Settings) ([]*analysis.Analyzer, error) {
	g, err := gosec.New(s.Gosec, gosec.AllRules) // every G rule: the Gate filters by selection
	if err != nil {
		return nil, err
	}
	sq, err := sqlinject.New(s.Sqlinject)
	if err != nil {
		return nil, err
	}
	xs, err := xss.New(s.XSS)
	if err != nil {
		return nil, err
	}
	az, err := authz.New(s.Authz)
	if err != nil {
		return nil, err
	}
	ll, err := logleak.New(s.Logleak)
	if err != nil {
		return nil, err
	}
	pw, err := pwhash.New(s.Pwhash)
	if err != nil {
		return nil, err
	}
	return []*analysis.Analyzer{
		g,  // gosec's AST and SSA rules under their G IDs
		sq, // SQL injection through the taint engine: SQL001, SQL002
		pw, // weak password hashing, plaintext passwords, timing-unsafe secret comparison: pwhash-*, secret-compare-timing, hash-broken-on-secret
		xs, // cross-site scripting and template injection through the taint engine: XSS001-XSS007
		ll, // secrets and patient data written to logs: log-credential, log-phi, log-struct-exposure, log-request-dump, log-dsn
		az, // HTTP routes reaching data without authentication or authorisation: authn-missing, authz-* (authz-missing off by default: too noisy until principal-scoped queries are modelled)
	}, nil
}

// MustNew is New for settings known to be valid.
func MustNew(s config.Settings) []*analysis.Analyzer {
	as, err := New(s)
	if err != nil {
		panic(err)
	}
	return as
}
