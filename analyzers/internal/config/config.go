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
