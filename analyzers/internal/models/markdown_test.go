package models

import "testing"

func TestMarkdownRows(t *testing.T) {
	for _, p := range markdownPropagators {
		if !fullName.MatchString(p.Func) {
			t.Errorf("markdown row %q is not a types.Func.FullName", p.Func)
		}
		if p.If != nil && (len(p.If.New) == 0 || len(p.If.Options) == 0) {
			t.Errorf("markdown row %s: a BuiltWith names its constructors and options", p.Func)
		}
	}
	for _, s := range markdownSinks {
		if !fullName.MatchString(s.Func) || s.Class != HTMLWrite || s.Writer != ResponseWriter {
			t.Errorf("markdown sink %s: want an HTML write into a response writer", s.Func)
		}
	}
	for _, c := range []*BuiltWith{GoldmarkUnsafe} {
		for _, f := range append(append([]string(nil), c.New...), c.Options...) {
			if !fullName.MatchString(f) {
				t.Errorf("BuiltWith names %q, not a types.Func.FullName", f)
			}
		}
	}
}
