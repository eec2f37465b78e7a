// Package config is the schema of .sanitas.yml, shared by the driver, the vet
// tool and the golangci-lint plugin (which decodes Settings from JSON, so
// every field carries a json tag).
package config

// Config is the whole .sanitas.yml file.
type Config struct {
	Version int      `json:"version"`
	Enable  []string `json:"enable,omitempty"`  // rule IDs or globs turned on
	Disable []string `json:"disable,omitempty"` // rule IDs or globs turned off
	Exclude []string `json:"exclude,omitempty"` // path globs, relative to the config file's directory
	FailOn  string   `json:"fail-on,omitempty"` // error, warning, note or none
	// Generated, when true, reports findings in generated files too.
	Generated bool     `json:"generated,omitempty"`
	Settings  Settings `json:"settings"`

	// File is the path the config was loaded from ("" for Default); paths
	// given to Excluded are relative to its directory. Not part of the file.
	File string `json:"-"`
}

// Settings holds one section per analyzer; each analyzer's issue adds its own.
type Settings struct {
	Gosec     GosecSettings     `json:"gosec"`
	Sqlinject SqlinjectSettings `json:"sqlinject"`
	Authz     AuthzSettings     `json:"authz"`
}

// GosecSettings configures the carried gosec rules.
type GosecSettings struct {
	// Rules holds gosec's per-rule options, as in gosec's JSON config
	// ("G101": {"pattern": "..."}, "G302": "0600", ...).
	Rules map[string]any `json:"rules,omitempty"`
}

// SqlinjectSettings configures the sqlinject analyzer.
type SqlinjectSettings struct {
	// Sinks are extra query-text arguments, such as an in-house query
	// helper of a dependency.
	Sinks []SQLSink `json:"sinks,omitempty"`
}

// SQLSink names one query-text argument: a types.Func.FullName such as
// "(*example.com/db.Pool).Run" and the argument's index, 0 being the first
// argument after the receiver.
type SQLSink struct {
	Func string `json:"func"`
	Arg  int    `json:"arg"`
}

// AuthzSettings configures the authz analyzer. Function names are
// types.Func.FullName strings ("example.com/web.RequireUser",
// "(*example.com/web.Server).requireAdmin") or "pkgname.Name" for short.
type AuthzSettings struct {
	// AuthnGuards are middleware (or middleware constructors) that reject
	// unauthenticated requests.
	AuthnGuards []string `json:"authn-guards,omitempty"`
	// AuthzGuards are middleware that reject requests the principal may
	// not make (roles, permissions, policies).
	AuthzGuards []string `json:"authz-guards,omitempty"`
	// Checks are authorisation functions called inside handlers; a call
	// counts when its failing result leads to an early exit.
	Checks []string `json:"checks,omitempty"`
	// PublicRoutes are route patterns that need no authorisation, as
	// "/healthz", "GET /docs/*" or "/static/*" (* matches any run of
	// characters).
	PublicRoutes []string `json:"public-routes,omitempty"`
}
