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
		if r.Pattern < 0 && r.Pattern != None || r.Pattern >= 0 && r.Pattern == r.Arg {
			t.Errorf("router row %s: Pattern %d", r.Func, r.Pattern)
		}
	}
	for name, h := range headerMiddleware {
		if !fullName.MatchString(name) || name != h.Func || h.Key < 0 || h.Val < 0 || h.Key == h.Val {
			t.Errorf("header middleware row %+v", *h)
		}
	}
}

// TestRouteVars: the variables of a route pattern and whether their
// regexps admit only identifier characters.
func TestRouteVars(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    map[string]string
		ok      bool
	}{
		{"/patients/{id:[0-9]+}/notes/{note}", map[string]string{"id": "[0-9]+", "note": ""}, true},
		{"/rx/{id:^[0-9]{1,9}$}", map[string]string{"id": "^[0-9]{1,9}$"}, true},
		{"/plain", map[string]string{}, true},
		{"/broken/{id", nil, false},
		{"/broken/id}", nil, false},
	} {
		got, ok := RouteVarRegexps(c.pattern)
		if ok != c.ok || ok && len(got) != len(c.want) {
			t.Errorf("RouteVarRegexps(%q) = %v, %v; want %v, %v", c.pattern, got, ok, c.want, c.ok)
			continue
		}
		for k, v := range c.want {
			if got[k] != v {
				t.Errorf("RouteVarRegexps(%q)[%q] = %q, want %q", c.pattern, k, got[k], v)
			}
		}
	}
	for re, want := range map[string]bool{
		"[0-9]+": true, "[a-z0-9-]+": true, `\w+`: true, "^[0-9]{1,9}$": true,
		"": false, ".+": false, "[^/]+": false, "[a-z ]+": false, "[a-z<>]+": false, "(": false,
	} {
		if got := SafeRouteRegexp(re); got != want {
			t.Errorf("SafeRouteRegexp(%q) = %v, want %v", re, got, want)
		}
	}
}
