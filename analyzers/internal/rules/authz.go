package rules

// The rows of the authz analyzer (analyzers/authz). design.md A proposes
// the IDs; authz-resource-inconsistent is not implemented yet.
func init() {
	register(
		&Rule{
			ID:        "authn-missing",
			Analyzer:  "authz",
			Title:     "HTTP route reaches data with no authentication or authorisation on its path",
			CWE:       []int{306, 862},
			Severity:  8.2,
			Precision: Medium,
			Level:     Error,
			Default:   true,
			Since:     "v0.1.0",
		},
		&Rule{
			ID:       "authz-missing",
			Analyzer: "authz",
			Title:    "authenticated HTTP route reaches data with no authorisation check",
			CWE:      []int{862, 639},
			Severity: 6.5,
			// Most routes of a logged-in area are guarded only by login and
			// scope their queries to the user in ways the analysis does not
			// model yet: off by default until principal scoping lands.
			Precision: Low,
			Level:     Warning,
			Default:   false,
			Since:     "v0.1.0",
		},
		&Rule{
			ID:        "authz-inconsistent",
			Analyzer:  "authz",
			Title:     "HTTP route lacks the authorisation guard most of its sibling routes have",
			CWE:       []int{862},
			Severity:  7.1,
			Precision: Medium,
			Level:     Warning,
			Default:   true,
			Since:     "v0.1.0",
		},
		&Rule{
			ID:        "authz-route-order",
			Analyzer:  "authz",
			Title:     "HTTP route registered before the middleware meant to guard it",
			CWE:       []int{862},
			Severity:  8.2,
			Precision: High,
			Level:     Error,
			Default:   true,
			Since:     "v0.1.0",
		},
		&Rule{
			ID:        "authz-fail-open",
			Analyzer:  "authz",
			Title:     "guard middleware lets requests through after rejecting them or never rejects",
			CWE:       []int{863, 285},
			Severity:  8.8,
			Precision: High,
			Level:     Error,
			Default:   true,
			Since:     "v0.1.0",
		},
	)
}
