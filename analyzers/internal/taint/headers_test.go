package taint

import "testing"

func TestCSPNoScript(t *testing.T) {
	for _, c := range []struct {
		policy string
		want   bool
	}{
		{"default-src 'none'; style-src 'unsafe-inline'; sandbox", true},
		{"default-src 'none'; style-src 'unsafe-inline'", true},
		{"sandbox", true},
		{"SANDBOX allow-forms", true},
		{"script-src 'none'", true},
		{"sandbox allow-scripts", false},
		{"default-src 'none'; script-src 'self'", false},
		{"default-src 'self'", false},
		{"script-src 'none' 'self'", false},
		{"frame-ancestors 'none'", false},
		{"", false},
	} {
		if got := cspNoScript(c.policy); got != c.want {
			t.Errorf("cspNoScript(%q) = %v, want %v", c.policy, got, c.want)
		}
	}
}

func TestPlainPrefix(t *testing.T) {
	for _, c := range []struct {
		prefix string
		want   bool
	}{
		{"PANIC: ", true},
		{"no such user: ", true},
		{"\n  Error ", true},
		{"{\"error\":", true},
		{"<p>", false},
		{"  <", false},
		{"<ht", false}, // "<html>" may follow
		{" \n\t", false},
		{"", false},
	} {
		if got := plainPrefix(c.prefix); got != c.want {
			t.Errorf("plainPrefix(%q) = %v, want %v", c.prefix, got, c.want)
		}
	}
}
