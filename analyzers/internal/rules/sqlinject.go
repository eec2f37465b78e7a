package rules

// The rows of the sqlinject analyzer (analyzers/sqlinject).
func init() {
	register(
		&Rule{
			ID:        "SQL001",
			Analyzer:  "sqlinject",
			Title:     "untrusted input reaches SQL query text",
			CWE:       []int{89},
			Severity:  8.8,
			Precision: High,
			Level:     Error,
			Default:   true,
			Since:     "v0.1.0",
		},
		&Rule{
			ID:        "SQL002",
			Analyzer:  "sqlinject",
			Title:     "SQL query text built from non-constant data of unknown origin",
			CWE:       []int{89},
			Severity:  5.5,
			Precision: Medium,
			Level:     Warning,
			Default:   true,
			Since:     "v0.1.0",
		},
	)
}
