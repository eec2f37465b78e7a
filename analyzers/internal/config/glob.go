package config

import (
	"errors"
	"fmt"
	"path"
	"strings"
)

// A glob is a compiled exclude pattern: slash-separated elements, each
// either "**" (any number of directories, including none) or a path.Match
// pattern for one element (*, ?, [class], none of which cross a /).
//
// Patterns are anchored at the config file's directory: "*.pb.go" matches
// only files there, "**/*.pb.go" matches them anywhere. A pattern that matches
// a directory matches everything under it, so "vendor/", "vendor" and
// "internal/gen" exclude whole trees.
type glob []string

func compileGlob(pat string) (glob, error) {
	bad := func(why string) (glob, error) {
		return nil, fmt.Errorf("bad exclude pattern %q: %s", pat, why)
	}
	p := pat
	switch {
	case strings.TrimSpace(p) == "":
		return bad("empty")
	case strings.Contains(p, `\`):
		return bad(`use / to separate path elements (\ is not allowed)`)
	case strings.HasPrefix(p, "/"):
		return bad("patterns are relative to the config file's directory; drop the leading /")
	}
	for strings.HasPrefix(p, "./") {
		p = p[2:]
	}
	p = strings.TrimSuffix(p, "/")
	if p == "" || p == "." {
		return bad("matches the whole tree")
	}
	var g glob
	for elem := range strings.SplitSeq(p, "/") {
		switch {
		case elem == "":
			return bad("empty path element (//)")
		case elem == "." || elem == "..":
			return bad(fmt.Sprintf("%q elements are not allowed", elem))
		case elem == "**":
			if len(g) > 0 && g[len(g)-1] == "**" {
				continue // a/**/**/b is a/**/b
			}
		case strings.Contains(elem, "**"):
			return bad("** must be a whole path element, as in a/**/b")
		default:
			if _, err := path.Match(elem, ""); err != nil {
				if errors.Is(err, path.ErrBadPattern) {
					return bad("unbalanced [ ] or bad character class")
				}
				return bad(err.Error())
			}
		}
		g = append(g, elem)
	}
	return g, nil
}

// match reports whether the slash-separated relative path rel, or one of
// its parent directories, matches g.
func (g glob) match(rel string) bool {
	rel = path.Clean(rel)
	if rel == "." || rel == ".." || strings.HasPrefix(rel, "../") || strings.HasPrefix(rel, "/") {
		return false
	}
	elems := strings.Split(rel, "/")
	for k := 1; k <= len(elems); k++ {
		if matchElems(g, elems[:k]) {
			return true
		}
	}
	return false
}

func matchElems(pat, elems []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(elems); i++ {
				if matchElems(pat[1:], elems[i:]) {
					return true
				}
			}
			return false
		}
		if len(elems) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], elems[0]); !ok {
			return false
		}
		pat, elems = pat[1:], elems[1:]
	}
	return len(elems) == 0
}
