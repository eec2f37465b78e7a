package authz

import (
	"strings"
	"unicode"
)

// words splits an identifier into lowercase words: "RequireRoleAdmin" →
// require, role, admin; "isHTTPAdmin" → is, http, admin; "check_perm" →
// check, perm.
func words(name string) []string {
	var out []string
	rs := []rune(name)
	start := 0
	flush := func(end int) {
		if end > start {
			out = append(out, strings.ToLower(string(rs[start:end])))
		}
		start = end
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '_' || r == '$' || r == '.' || unicode.IsDigit(r):
			flush(i)
			start = i + 1
		case unicode.IsUpper(r) && i > start:
			prevLower := unicode.IsLower(rs[i-1])
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if prevLower || nextLower && unicode.IsUpper(rs[i-1]) {
				flush(i)
			}
		}
	}
	flush(len(rs))
	return out
}

var (
	checkFirst = set("authorize", "authorise", "authorized", "authorised", "can", "permit", "permitted",
		"allow", "allowed", "enforce", "authz", "may")
	checkAny = set("authorize", "authorise", "authorized", "authorised", "authorization",
		"authorisation", "authz", "rbac", "abac")
	checkObject = set("role", "roles", "perm", "perms", "permission", "permissions", "privilege",
		"privileges", "scope", "scopes", "admin", "owner", "ownership", "acl", "policy", "access",
		"member", "membership", "superuser", "superusers")
	checkVerb = set("require", "requires", "must", "ensure", "check", "has", "is", "verify", "assert",
		"validate", "enforce", "can", "allow")
	// roleFields are struct fields whose comparison is a role or ownership
	// check: u.Role != "admin", p.OwnerID != u.ID, u.IsAdmin.
	roleFields = set("role", "roles", "admin", "owner", "perm", "perms", "permission", "permissions",
		"scope", "scopes", "acl")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// isCheckName reports whether a function's name says it is an authorisation
// check: Authorize, CanEdit, HasRole, IsAdmin, RequirePermission,
// CheckAccess, Enforce, MustBeOwner.
func isCheckName(name string) bool {
	w := words(name)
	if len(w) == 0 {
		return false
	}
	if checkFirst[w[0]] {
		return true
	}
	for i, x := range w {
		if checkAny[x] {
			return true
		}
		if i > 0 && checkObject[x] && checkVerb[w[0]] {
			return true
		}
	}
	return false
}

// isRoleField reports whether a struct field's name makes its comparison a
// role or ownership check.
func isRoleField(name string) bool {
	for _, x := range words(name) {
		if roleFields[x] {
			return true
		}
	}
	return false
}

// strictGuardWords say that a middleware is meant to reject; a decoder
// that only loads credentials (loadAuthToken, jwtauth.Verifier) may pass
// every request on, and is not reported as failing open.
var strictGuardWords = set("require", "requires", "guard", "protect", "protected", "must", "ensure",
	"only", "authorize", "authorise", "authorizer", "authenticate", "authenticator", "authz", "acl", "rbac")

var decoderWords = set("load", "parse", "decode", "extract", "fetch", "set", "inject", "attach",
	"populate", "optional", "try", "maybe", "verifier", "with", "context", "log", "logger")

func isStrictGuardName(name string) bool {
	w := words(name)
	if len(w) > 0 && decoderWords[w[0]] {
		return false
	}
	for _, x := range w {
		if strictGuardWords[x] {
			return true
		}
	}
	return false
}

// authnWords name a middleware for the authentication it performs
// (AuthSession, JWTAuth, BearerAuthn).
var authnWords = set("auth", "authn", "authenticate", "authentication", "jwt", "bearer")

// isAuthnName: a name with a word of authnWords and none of a decoder's
// (LoadAuth, AuthContext and JWTVerifier decode).
func isAuthnName(name string) bool {
	authn := false
	for _, x := range words(name) {
		if decoderWords[x] {
			return false
		}
		authn = authn || authnWords[x]
	}
	return authn
}

// authLookupWords name functions that read credentials to authenticate
// (FindAuthRecordByToken, GetSession, UserByLogin): the read is the
// authentication, not the data the route exposes.
var authLookupWords = set("token", "session", "auth", "login", "credential", "credentials", "password",
	"otp", "apikey", "jwt")

func isAuthLookupName(name string) bool {
	for _, x := range words(name) {
		if authLookupWords[x] {
			return true
		}
	}
	return false
}

// isAuthzName: a guard whose name speaks of roles or policies authorises;
// other guards authenticate.
func isAuthzName(name string) bool {
	for _, x := range words(name) {
		if checkObject[x] || checkAny[x] || x == "enforce" || x == "enforcer" || x == "authorizer" {
			return true
		}
	}
	return false
}

// publicWords are path segments of routes that are public by nature: sign-in
// and sign-up flows, health and metrics probes, static files, webhooks
// (which authenticate by signature). A route whose pattern is such a flow's
// own endpoint is not reported; see isPublicPattern and
// docs/rules/authn-missing.md.
var publicWords = set("login", "signin", "logout", "signout", "signup", "register", "forgot",
	"reset", "oauth", "oauth2", "callback", "health", "healthz", "healthcheck", "ready", "readyz",
	"livez", "ping", "metrics", "static", "assets", "favicon", "robots", "webhook", "webhooks",
	"openid", "wellknown", "captcha", "version", "auth", "otp", "mfa", "verification",
	"verify", "confirm", "password", "webauthn", "twofactor", "activate", "recover")

// publicTrees are segments under which everything is public: static
// files, whatever their directories and names.
var publicTrees = set("static", "assets", "wellknown")

// flowWords may stand beside a public word in one segment without making
// it name something else: "verify-email", "forgot_password",
// "recover-account", "robots.txt".
var flowWords = set("email", "account", "link", "code", "token", "check", "page",
	"txt", "ico", "xml", "json", "html")

// isPublicPattern reports whether a route pattern ("GET /login",
// "/auth/{provider}/callback") is a public flow's own endpoint: one of its
// segments is wholly a public word ("login", "sign-up", "forgot_password"),
// and no parameter in it names a data resource, that is follows a segment
// that is not public (/patients/{id}/login, /register/patients/{id}: the
// login and registration data of a patient). A segment that merely
// contains the word is no flow ("login-history", "callback-requests").
func isPublicPattern(pattern string) bool {
	if i := strings.LastIndexByte(pattern, ' '); i >= 0 {
		pattern = pattern[i+1:] // the method
	}
	public, prev := false, ""
	for _, seg := range strings.Split(strings.ToLower(pattern), "/") {
		if seg == "" || seg == "{$}" {
			continue
		}
		if seg[0] == '{' || seg[0] == ':' || seg[0] == '*' {
			if prev != "" && !publicSegment(prev) {
				return false // a data resource: /patients/{id}
			}
			continue
		}
		if publicTrees[strings.NewReplacer("_", "", "-", "", ".", "").Replace(seg)] {
			return true
		}
		if publicSegment(seg) {
			public = true
		}
		prev = seg
	}
	return public
}

// publicSegment: the segment joined is a public word ("sign_up",
// ".well-known", "two-factor"), or its words are public words and flow
// words, one public at least.
func publicSegment(seg string) bool {
	if publicWords[strings.NewReplacer("_", "", "-", "", ".", "").Replace(seg)] {
		return true
	}
	found := false
	for _, w := range strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		switch {
		case publicWords[w]:
			found = true
		case !flowWords[w]:
			return false
		}
	}
	return found
}
