// Package gclplugin registers sanitas as a golangci-lint module plugin, which
// is also how editors show sanitas's findings (gopls cannot load third-party
// analyzers). Build a custom golangci-lint with .custom-gcl.yml:
//
//	version: v2.15.0
//	plugins:
//	  - module: github.com/sanitas-go/sanitas
//	    import: github.com/sanitas-go/sanitas/cmd/gclplugin
//	    version: v0.1.0
//
// and enable it in .golangci.yml:
//
//	linters:
//	  enable: [sanitas]
//	  settings:
//	    custom:
//	      sanitas:
//	        type: module
//	        settings:          # the keys of .sanitas.yml; version may be left out
//	          disable: [G104]
//
// The settings are decoded as strictly as .sanitas.yml: an unknown key, a
// wrong type or an unknown rule ID fails golangci-lint's start with the key
// path. The same gate as `go vet -vettool` applies: rule selection, excludes,
// generated files and //sanitas:ignore directives.
package gclplugin

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/sanitas-go/sanitas/analyzers"
)

func init() { register.Plugin("sanitas", New) }

// settingsName names the settings in error messages.
const settingsName = "golangci-lint linters.settings.custom.sanitas.settings"

// New decodes the plugin settings and builds the gated Suite.
func New(conf any) (register.LinterPlugin, error) {
	settings := map[string]any{}
	if conf != nil {
		raw, err := json.Marshal(conf)
		if err != nil {
			return nil, fmt.Errorf("sanitas: %s: %w", settingsName, err)
		}
		if err := json.Unmarshal(raw, &settings); err != nil {
			return nil, fmt.Errorf("sanitas: %s must be a mapping: %w", settingsName, err)
		}
	}
	if _, ok := settings["version"]; !ok {
		settings["version"] = 1
	}
	data, err := json.MarshalIndent(settings, "", "  ")
	if err != nil {
		return nil, err
	}
	cfg, err := analyzers.ParseConfig(settingsName, data)
	if err != nil {
		return nil, fmt.Errorf("sanitas: %w", err)
	}
	dir, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	g, err := analyzers.NewGate(cfg, "", dir, "")
	if err != nil {
		return nil, fmt.Errorf("sanitas: %s: %w", settingsName, err)
	}
	all, err := analyzers.New(cfg.Settings)
	if err != nil {
		return nil, fmt.Errorf("sanitas: %s: %w", settingsName, err)
	}
	return &plugin{analyzers: g.Wrap(all)}, nil
}

type plugin struct{ analyzers []*analysis.Analyzer }

func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) { return p.analyzers, nil }

// GetLoadMode asks for types: every analyzer needs them.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
