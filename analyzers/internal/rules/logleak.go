package rules

// The rows of the logleak analyzer (analyzers/logleak).
func init() {
	register(
		&Rule{
			ID:        "log-credential",
			Analyzer:  "logleak",
			Title:     "password, token, API key or other credential written to a log",
			CWE:       []int{532, 312},
			Severity:  7.5,
			Precision: High,
			Level:     Error,
			Default:   true,
			Since:     "v0.1.0",
		},
		&Rule{
			ID:        "log-phi",
			Analyzer:  "logleak",
			Title:     "patient or personal data written to a log",
			CWE:       []int{532, 359},
			Severity:  6.5,
			Precision: Medium,
			Level:     Warning,
			Default:   true,
			Since:     "v0.1.0",
		},
		&Rule{
			ID:        "log-struct-exposure",
			Analyzer:  "logleak",
			Title:     "whole struct logged whose rendering shows a sensitive field",
			CWE:       []int{532},
			Severity:  6.5,
			Precision: Medium,
			Level:     Warning,
			Default:   true,
			Since:     "v0.1.0",
		},
		&Rule{
			ID:        "log-request-dump",
			Analyzer:  "logleak",
			Title:     "HTTP request, headers or request dump written to a log",
			CWE:       []int{532},
			Severity:  7.5,
			Precision: High,
			Level:     Error,
			Default:   true,
			Since:     "v0.1.0",
		},
		&Rule{
			ID:        "log-dsn",
			Analyzer:  "logleak",
			Title:     "database DSN or connection string with its password written to a log",
			CWE:       []int{532, 312},
			Severity:  7.5,
			Precision: Medium,
			Level:     Error,
			Default:   true,
			Since:     "v0.1.0",
		},
	)
}
