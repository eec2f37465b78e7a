package gclplugin

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

func build(t *testing.T, conf any) []*analysis.Analyzer {
	t.Helper()
	newPlugin, err := register.GetPlugin("sanitas")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(conf)
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q", p.GetLoadMode())
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if err := analysis.Validate(as); err != nil {
		t.Fatal(err)
	}
	return as
}

// The plugin reports through the gate: G401 and G501 (off by default,
// superseded by pwhash) enabled and G104 disabled by the settings, a
// suppressed finding dropped, the rule ID in the message.
func TestPluginReports(t *testing.T) {
	as := build(t, map[string]any{"enable": []any{"G401", "G501"}, "disable": []any{"G104"}})
	for _, a := range as {
		if a.Name == "gosec" {
			analysistest.Run(t, analysistest.TestData(), a, "a")
			return
		}
	}
	t.Fatal("no gosec analyzer in the plugin")
}

func TestPluginBadSettings(t *testing.T) {
	for _, tc := range []struct {
		conf any
		want string
	}{
		{map[string]any{"disabel": []any{"G104"}}, "disabel: unknown key"},
		{map[string]any{"disable": "G104"}, "disable: want a list"},
		{map[string]any{"disable": []any{"G9999"}}, `unknown rule "G9999"`},
		{map[string]any{"settings": map[string]any{"gosec": map[string]any{"rulez": 1}}}, "settings.gosec.rulez"},
		{[]any{"x"}, "must be a mapping"},
	} {
		_, err := New(tc.conf)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%v) = %v, want an error containing %q", tc.conf, err, tc.want)
		}
	}
}
