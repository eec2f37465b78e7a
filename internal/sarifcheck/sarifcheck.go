// Package sarifcheck validates sanitas's SARIF output offline: against the
// official SARIF 2.1.0 JSON schema, and against the rules GitHub code
// scanning adds on top of it that no schema expresses.
//
// The schema is not vendored. It is the draft-04 file sarif-2.1.0-rtm.5.json
// shipped in the npm package @microsoft/jest-sarif@1.0.0-beta.0, fetched
// without installing anything, from the module root:
//
//	mkdir -p .cache && npm pack --pack-destination .cache @microsoft/jest-sarif@1.0.0-beta.0
//	tar xzf .cache/microsoft-jest-sarif-1.0.0-beta.0.tgz -C .cache --strip-components=3 package/lib/schemas/sarif-2.1.0-rtm.5.json
//
// (.cache/ is ignored by git.) SchemaPath finds the file there or at
// $SANITAS_SARIF_SCHEMA.
package sarifcheck

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// SchemaEnv names the environment variable that overrides the schema path.
const SchemaEnv = "SANITAS_SARIF_SCHEMA"

// SchemaFile is the schema's file name under <module root>/.cache.
const SchemaFile = "sarif-2.1.0-rtm.5.json"

// prerequisite tells a reader how to get the schema.
const prerequisite = "the SARIF 2.1.0 schema: from the module root run " +
	"`mkdir -p .cache && npm pack --pack-destination .cache @microsoft/jest-sarif@1.0.0-beta.0 && " +
	"tar xzf .cache/microsoft-jest-sarif-1.0.0-beta.0.tgz -C .cache --strip-components=3 " +
	"package/lib/schemas/" + SchemaFile + "`, or set $" + SchemaEnv

// SchemaPath returns the path of the SARIF schema: $SANITAS_SARIF_SCHEMA when
// set, else .cache/sarif-2.1.0-rtm.5.json under the module root (the nearest
// directory above the working directory holding go.mod). The error names the
// prerequisite when the file is missing.
func SchemaPath() (string, error) {
	if p := os.Getenv(SchemaEnv); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("$%s: %w", SchemaEnv, err)
		}
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory; missing %s", prerequisite)
		}
		dir = parent
	}
	p := filepath.Join(dir, ".cache", SchemaFile)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("%s not found; missing %s", p, prerequisite)
	}
	return p, nil
}

// RequireSchema returns SchemaPath for a test. A missing schema fails the
// test when $CI is set (CI must fetch it) and skips it otherwise, naming the
// prerequisite.
func RequireSchema(t testing.TB) string {
	t.Helper()
	p, err := SchemaPath()
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set but the SARIF schema is missing: %v", err)
		}
		t.Skipf("skipping SARIF schema validation: %v", err)
	}
	return p
}

// Validate checks a SARIF log against the JSON schema at schemaPath, then
// checks what GitHub code scanning needs beyond the schema:
//
//   - every result's ruleIndex is within 0 <= ruleIndex < len(rules) of its
//     run, and names the rule with the result's ruleId (go-sarif v2.3.3
//     writes 2^64-1 for a result created before its rule, which schema
//     validators accept);
//   - every rule has a helpUri and a properties["security-severity"] that is
//     a string holding a number in (0, 10].
//
// All problems are reported, joined.
func Validate(sarifJSON []byte, schemaPath string) error {
	schemaDoc, err := readJSON(schemaPath)
	if err != nil {
		return fmt.Errorf("reading schema: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	abs, err := filepath.Abs(schemaPath)
	if err != nil {
		return err
	}
	if err := c.AddResource(abs, schemaDoc); err != nil {
		return fmt.Errorf("loading schema: %w", err)
	}
	schema, err := c.Compile(abs)
	if err != nil {
		return fmt.Errorf("compiling schema: %w", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(sarifJSON))
	if err != nil {
		return fmt.Errorf("SARIF is not JSON: %w", err)
	}
	var errs []error
	if err := schema.Validate(doc); err != nil {
		errs = append(errs, fmt.Errorf("schema: %w", err))
	}
	errs = append(errs, checkGitHub(sarifJSON)...)
	return errors.Join(errs...)
}

func readJSON(path string) (any, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return jsonschema.UnmarshalJSON(bytes.NewReader(data))
}

// log is the part of a SARIF log that checkGitHub reads. Numbers stay
// json.Number so that an out-of-range ruleIndex is seen, not overflowed.
type log struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID         string         `json:"id"`
					HelpURI    string         `json:"helpUri"`
					Properties map[string]any `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []struct {
			RuleID    string       `json:"ruleId"`
			RuleIndex *json.Number `json:"ruleIndex"`
		} `json:"results"`
	} `json:"runs"`
}

func checkGitHub(data []byte) []error {
	var l log
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	if err := d.Decode(&l); err != nil {
		return []error{fmt.Errorf("decoding SARIF: %w", err)}
	}
	var errs []error
	for ri, run := range l.Runs {
		rules := run.Tool.Driver.Rules
		for _, rule := range rules {
			if rule.HelpURI == "" {
				errs = append(errs, fmt.Errorf("run %d: rule %s has no helpUri", ri, rule.ID))
			}
			switch sev := rule.Properties["security-severity"].(type) {
			case nil:
				errs = append(errs, fmt.Errorf("run %d: rule %s has no security-severity", ri, rule.ID))
			case string:
				f, err := strconv.ParseFloat(sev, 64)
				if err != nil || f <= 0 || f > 10 {
					errs = append(errs, fmt.Errorf("run %d: rule %s: security-severity %q is not a number in (0, 10]", ri, rule.ID, sev))
				}
			default:
				errs = append(errs, fmt.Errorf("run %d: rule %s: security-severity is %T, want a string", ri, rule.ID, sev))
			}
		}
		for i, res := range run.Results {
			if res.RuleIndex == nil {
				if res.RuleID == "" {
					errs = append(errs, fmt.Errorf("run %d: result %d has neither ruleId nor ruleIndex", ri, i))
				}
				continue
			}
			idx, err := strconv.ParseInt(res.RuleIndex.String(), 10, 64)
			if err != nil || idx < 0 || idx >= int64(len(rules)) {
				errs = append(errs, fmt.Errorf("run %d: result %d (%s): ruleIndex %s out of range [0, %d)", ri, i, res.RuleID, res.RuleIndex, len(rules)))
				continue
			}
			if res.RuleID != "" && rules[idx].ID != res.RuleID {
				errs = append(errs, fmt.Errorf("run %d: result %d: ruleIndex %d names rule %s, but ruleId is %s", ri, i, idx, rules[idx].ID, res.RuleID))
			}
		}
	}
	return errs
}
