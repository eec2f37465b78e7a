package models

import (
	"strconv"
	"testing"
)

// TestRouterRows checks the router tables as TestRows checks the others.
func TestRouterRows(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range routerCalls {
		if !fullName.MatchString(r.Func) {
			t.Errorf("router row %q is not a types.Func.FullName", r.Func)
		}
		key := r.Func + "/" + strconv.Itoa(int(r.Kind))
		if seen[key] {
			t.Errorf("router row %q appears twice with kind %d", r.Func, r.Kind)
		}
		seen[key] = true
		if r.Arg < 0 && (r.Arg != None || r.Kind != RouteDerive) {
			t.Errorf("router row %s: Arg %d", r.Func, r.Arg)
		}
	}
	for name, h := range headerMiddleware {
		if !fullName.MatchString(name) || name != h.Func || h.Key < 0 || h.Val < 0 || h.Key == h.Val {
			t.Errorf("header middleware row %+v", *h)
		}
	}
}
