package gosec

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	gosecapi "github.com/securego/gosec/v2"
)

// gosecConfig checks the per-rule options against the shapes gosec v2.30.0
// reads (rules/hardcoded_credentials.go, errors.go, directory_traversal.go,
// secret_serialization.go, fileperms.go, config.go) and returns them as a
// gosec.Config. gosec itself type-asserts without checking, so a wrong shape
// either panics (`"G101": "x"`, a bad regexp) or is silently ignored; here
// both are errors. Numbers are accepted where gosec wants numeric strings,
// because YAML and JSON users write them as numbers.
func gosecConfig(opts map[string]any) (gosecapi.Config, error) {
	conf := gosecapi.NewConfig()
	globals := map[gosecapi.GlobalOption]string{}
	conf[gosecapi.Globals] = globals

	keys := make([]string, 0, len(opts))
	for k := range opts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		v, err := ruleOption(key, opts[key], globals)
		if err != nil {
			return nil, fmt.Errorf("gosec settings: %s: %w", key, err)
		}
		if v != nil {
			conf[key] = v
		}
	}
	return conf, nil
}

// ruleOption validates one top-level key; it returns the value to store
// under key, or nil when the key was consumed otherwise (globals).
func ruleOption(key string, v any, globals map[gosecapi.GlobalOption]string) (any, error) {
	switch key {
	case gosecapi.Globals:
		return nil, globalOptions(v, globals)
	case "G101":
		return object(v, map[string]func(any) (any, error){
			"pattern":            regexpString,
			"ignore_entropy":     boolean,
			"entropy_threshold":  numericString(false),
			"per_char_threshold": numericString(false),
			"truncate":           numericString(true),
			"min_entropy_length": numericString(true),
		})
	case "G104":
		m, err := asMap(v)
		if err != nil {
			return nil, fmt.Errorf("want an object of package → list of function names: %w", err)
		}
		out := map[string]any{}
		for pkg, fns := range m {
			list, ok := fns.([]any)
			if !ok {
				if ss, ok2 := fns.([]string); ok2 {
					for _, s := range ss {
						list = append(list, s)
					}
					ok = true
				}
			}
			if !ok {
				return nil, fmt.Errorf("%s: want a list of function names, got %T", pkg, fns)
			}
			for _, fn := range list {
				if _, ok := fn.(string); !ok {
					return nil, fmt.Errorf("%s: want function names (strings), got %T", pkg, fn)
				}
			}
			out[pkg] = list
		}
		return out, nil
	case "G111", "G117":
		return object(v, map[string]func(any) (any, error){"pattern": regexpString})
	case "G301", "G302", "G306", "G307":
		mode, err := fileMode(v)
		if err != nil {
			return nil, err
		}
		return mode, nil
	case gosecapi.ExcludeRulesKey:
		return nil, fmt.Errorf("not supported: use exclude and disable in .sanitas.yml")
	}
	if len(key) == 4 && key[0] == 'G' {
		return nil, fmt.Errorf("gosec reads no options for this rule (options exist for G101, G104, G111, G117, G301, G302, G306, G307)")
	}
	return nil, fmt.Errorf("unknown key (want a gosec rule ID or %q)", gosecapi.Globals)
}

// globalOptions accepts the global options that change what gosec reports
// and rejects those a sanitas user sets elsewhere.
func globalOptions(v any, globals map[gosecapi.GlobalOption]string) error {
	m, err := asMap(v)
	if err != nil {
		return err
	}
	for k, val := range m {
		switch opt := gosecapi.GlobalOption(k); opt {
		case gosecapi.Audit, gosecapi.Nosec, gosecapi.NoSecRequireRules, gosecapi.NoSecRequireJustification:
			b, err := boolean(val)
			if err != nil {
				if s, ok := val.(string); ok && (s == "enabled" || s == "disabled") {
					b, err = s == "enabled", nil
				}
			}
			if err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			globals[opt] = strconv.FormatBool(b.(bool))
		case gosecapi.NoSecAlternative:
			s, ok := val.(string)
			if !ok || strings.TrimPrefix(s, "#") == "" {
				return fmt.Errorf("%s: want a non-empty tag such as \"#dontanalyze\"", k)
			}
			globals[opt] = s
		case gosecapi.IncludeRules, gosecapi.ExcludeRules:
			return fmt.Errorf("%s: not supported: select rules with enable/disable or -checks", k)
		case gosecapi.ShowIgnored:
			return fmt.Errorf("%s: not supported: the driver reports suppressed findings", k)
		case gosecapi.SSA:
			// gosec always runs its SSA analyzers now; accepted for old configs.
		default:
			return fmt.Errorf("unknown global option %q", k)
		}
	}
	return nil
}

func asMap(v any) (map[string]any, error) {
	switch m := v.(type) {
	case map[string]any:
		return m, nil
	case map[gosecapi.GlobalOption]string: // gosec's own decoded globals
		out := map[string]any{}
		for k, s := range m {
			out[string(k)] = s
		}
		return out, nil
	case map[string]string:
		out := map[string]any{}
		for k, s := range m {
			out[k] = s
		}
		return out, nil
	}
	return nil, fmt.Errorf("want an object, got %s", describe(v))
}

// object checks an options object against the allowed fields, each with its
// own converter.
func object(v any, fields map[string]func(any) (any, error)) (any, error) {
	m, err := asMap(v)
	if err != nil {
		return nil, err
	}
	out := map[string]any{}
	for k, val := range m {
		conv, ok := fields[k]
		if !ok {
			names := make([]string, 0, len(fields))
			for n := range fields {
				names = append(names, n)
			}
			sort.Strings(names)
			return nil, fmt.Errorf("unknown option %q (want one of %s)", k, strings.Join(names, ", "))
		}
		cv, err := conv(val)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		out[k] = cv
	}
	return out, nil
}

func regexpString(v any) (any, error) {
	s, ok := v.(string)
	if !ok {
		return nil, fmt.Errorf("want a regular expression string, got %s", describe(v))
	}
	if _, err := regexp.Compile(s); err != nil {
		return nil, err
	}
	return s, nil
}

func boolean(v any) (any, error) {
	if b, ok := v.(bool); ok {
		return b, nil
	}
	return nil, fmt.Errorf("want true or false, got %s", describe(v))
}

// numericString returns a converter to the decimal string gosec parses
// (G101's thresholds are strings in gosec's JSON).
func numericString(integer bool) func(any) (any, error) {
	return func(v any) (any, error) {
		var f float64
		switch x := v.(type) {
		case string:
			var err error
			if integer {
				_, err = strconv.Atoi(x)
			} else {
				_, err = strconv.ParseFloat(x, 64)
			}
			if err != nil {
				return nil, fmt.Errorf("want a number, got %q", x)
			}
			return x, nil
		case json.Number:
			return numericString(integer)(string(x))
		case int:
			f = float64(x)
		case int64:
			f = float64(x)
		case uint64:
			f = float64(x)
		case float64:
			f = x
		default:
			return nil, fmt.Errorf("want a number, got %s", describe(v))
		}
		if integer {
			if f != math.Trunc(f) {
				return nil, fmt.Errorf("want an integer, got %v", f)
			}
			return strconv.FormatInt(int64(f), 10), nil
		}
		return strconv.FormatFloat(f, 'g', -1, 64), nil
	}
}

// fileMode accepts "0600", "0o600", "384" or a number, and returns the
// int64 gosec's fileperms rules read.
func fileMode(v any) (int64, error) {
	switch x := v.(type) {
	case string:
		m, err := strconv.ParseInt(x, 0, 64)
		if err != nil || m < 0 || m > 0o7777 {
			return 0, fmt.Errorf("want a file mode such as \"0600\", got %q", x)
		}
		return m, nil
	case json.Number:
		return fileMode(string(x))
	case int:
		return fileMode(int64(x))
	case int64:
		if x < 0 || x > 0o7777 {
			return 0, fmt.Errorf("file mode %d out of range", x)
		}
		return x, nil
	case uint64:
		if x > 0o7777 {
			return 0, fmt.Errorf("file mode %d out of range", x)
		}
		return int64(x), nil
	case float64:
		if x != math.Trunc(x) {
			return 0, fmt.Errorf("want an integer file mode, got %v", x)
		}
		return fileMode(int64(x))
	}
	return 0, fmt.Errorf("want a file mode such as \"0600\", got %s", describe(v))
}

func describe(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return fmt.Sprintf("the string %q", v)
	case bool:
		return "a boolean"
	case int, int64, uint64, float64, json.Number:
		return "a number"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}
