package authz

import "testing"

func TestIsPublicPattern(t *testing.T) {
	for pattern, want := range map[string]bool{
		"GET /login":                        true,
		"/logout":                           true,
		"POST /signup":                      true,
		"/user/sign_up":                     true,
		"/oauth/callback":                   true,
		"/auth/{provider}/callback":         true,
		"/user/oauth2/:provider/callback":   true,
		"/api/v1/login":                     true,
		"/healthz":                          true,
		"/static/{path...}":                 true,
		"/static/css/{file}":                true,
		"/assets/*filepath":                 true,
		"/.well-known/openid-configuration": true,
		"/robots.txt":                       true,
		"/user/forgot_password":             true,
		"/reset/{token}":                    true,
		"/verify-email/{token}":             true,
		"/webhooks/{source}":                true,

		"GET /patients/{id}/login-history": false,
		"/patients/{id}/callback-requests": false,
		"/register/patients/{id}":          false,
		"/patients/{id}/login":             false,
		"/users/{id}/verify":               false,
		"/login-history":                   false,
		"/patients/{id}":                   false,
		"/reports/health-records":          false,
		"/authors/{id}":                    false,
	} {
		if got := isPublicPattern(pattern); got != want {
			t.Errorf("isPublicPattern(%q) = %v, want %v", pattern, got, want)
		}
	}
}
