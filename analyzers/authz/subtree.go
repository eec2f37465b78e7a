package authz

import "strings"

// subtreeGuard finds a router of the tree, other than rt's and its
// ancestors, whose path prefix covers rt's path and whose Use adds an
// authorisation guard rt lacks: api.Handle("/admin/patients/{id}/notes", h)
// beside adm := api.PathPrefix("/admin").Subrouter(); adm.Use(requireRole).
// The route sits in the admin subtree by its path but outside the router
// that guards it. It returns the guard's name and the subtree's prefix.
func subtreeGuard(rt *route, routes []*route) (string, string) {
	full := rt.r.fullPrefix() + rt.pattern
	own := map[*router]bool{}
	for r := rt.r; r != nil; r = r.parent {
		own[r] = true
	}
	base := len(rt.r.fullPrefix())
	seen := map[*router]bool{}
	for _, s := range routes {
		for r := s.r; r != nil && !own[r]; r = r.parent {
			if seen[r] {
				break
			}
			seen[r] = true
			p := r.fullPrefix()
			if len(p) <= base || !underPrefix(full, p) {
				continue
			}
			for _, m := range r.mws {
				if m.g != nil && m.g.kind == "authz" {
					return m.name, p
				}
			}
		}
	}
	return "", ""
}

// underPrefix: path lies under the path prefix p, at a segment boundary.
func underPrefix(path, p string) bool {
	if !strings.HasPrefix(path, p) {
		return false
	}
	return len(path) == len(p) || strings.HasSuffix(p, "/") || path[len(p)] == '/'
}
