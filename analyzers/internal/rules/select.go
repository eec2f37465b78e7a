package rules

import (
	"fmt"
	"path"
	"strings"
)

// Selection is the set of enabled rule IDs.
type Selection map[string]bool

// Defaults returns the rules that are on by default.
func Defaults() Selection {
	s := Selection{}
	for _, r := range table {
		if r.Default {
			s[r.ID] = true
		}
	}
	return s
}

// Apply applies a staticcheck-style check list to s, in order, and returns
// the result (s itself is not modified). Items are separated by commas:
//
//	all        every rule
//	none       no rule
//	inherit    keep what is enabled so far (accepted for staticcheck users)
//	ID         enable that rule (IDs are case-insensitive)
//	-ID        disable it
//	G1*, -G3*  globs (path.Match syntax) over rule IDs
//
// An item that names or matches no rule is an error, so typos never pass
// silently.
func (s Selection) Apply(list string) (Selection, error) {
	out := Selection{}
	for id, on := range s {
		out[id] = on
	}
	for item := range strings.SplitSeq(list, ",") {
		item = strings.TrimSpace(item)
		if item == "" || item == "inherit" {
			continue
		}
		on := true
		if strings.HasPrefix(item, "-") {
			on = false
			item = item[1:]
		}
		switch item {
		case "all":
			for _, r := range table {
				out[r.ID] = on
			}
			continue
		case "none":
			clear(out)
			continue
		}
		ids, err := Match(item)
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			out[id] = on
		}
	}
	for id, on := range out {
		if !on {
			delete(out, id)
		}
	}
	return out, nil
}

// Match returns the IDs of the rules that pattern (an ID or a glob) names.
// It is an error for a pattern to be malformed or to match no rule.
func Match(pattern string) ([]string, error) {
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, fmt.Errorf("bad rule pattern %q: %w", pattern, err)
	}
	var ids []string
	for _, r := range table {
		if ok, _ := path.Match(strings.ToUpper(pattern), strings.ToUpper(r.ID)); ok {
			ids = append(ids, r.ID)
		}
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("unknown rule %q (sanitas -list shows the rules)", pattern)
	}
	return ids, nil
}

// Analyzers returns the names of the analyzers that report at least one
// enabled rule.
func (s Selection) Analyzers() map[string]bool {
	names := map[string]bool{}
	for id := range s {
		if r := byID[id]; r != nil {
			names[r.Analyzer] = true
		}
	}
	return names
}
