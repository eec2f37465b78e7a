package authz

// Modelled guards and checks of third-party libraries, keyed by
// types.Func.FullName. A guard row names a middleware or a middleware
// constructor (the value passed to Use or wrapped around a handler);
// "" marks middleware that is known not to reject (it only decodes
// credentials), so that it is never taken for a guard by its name.
var guardModels = map[string]string{
	// chi v5 middleware
	"github.com/go-chi/chi/v5/middleware.BasicAuth": "authn",
	"github.com/go-chi/chi/middleware.BasicAuth":    "authn",
	// jwtauth v5: Verifier only decodes the token into the context and
	// calls next on every path; Authenticator rejects.
	"github.com/go-chi/jwtauth/v5.Authenticator":  "authn",
	"github.com/go-chi/jwtauth/v5.Verifier":       "",
	"github.com/go-chi/jwtauth/v5.Verify":         "",
	"github.com/go-chi/jwtauth/v5.VerifyRequest":  "",
	"github.com/go-chi/jwtauth/v5.Authenticator2": "authn",
	// gin v1
	"github.com/gin-gonic/gin.BasicAuth":         "authn",
	"github.com/gin-gonic/gin.BasicAuthForRealm": "authn",
	"github.com/gin-gonic/gin.BasicAuthForProxy": "authn",
	// echo v4 middleware and echo-jwt v4
	"github.com/labstack/echo/v4/middleware.BasicAuth":           "authn",
	"github.com/labstack/echo/v4/middleware.BasicAuthWithConfig": "authn",
	"github.com/labstack/echo/v4/middleware.KeyAuth":             "authn",
	"github.com/labstack/echo/v4/middleware.KeyAuthWithConfig":   "authn",
	"github.com/labstack/echo/v4/middleware.JWT":                 "authn",
	"github.com/labstack/echo/v4/middleware.JWTWithConfig":       "authn",
	"github.com/labstack/echo-jwt/v4.JWT":                        "authn",
	"github.com/labstack/echo-jwt/v4.WithConfig":                 "authn",
	// fiber v2 and v3 middleware
	"github.com/gofiber/fiber/v2/middleware/keyauth.New":   "authn",
	"github.com/gofiber/fiber/v2/middleware/basicauth.New": "authn",
	"github.com/gofiber/fiber/v3/middleware/keyauth.New":   "authn",
	"github.com/gofiber/fiber/v3/middleware/basicauth.New": "authn",
	"github.com/gofiber/contrib/jwt.New":                   "authn",
	// casbin adapters: policy enforcement per request
	"github.com/gin-contrib/authz.NewAuthorizer":                   "authz",
	"github.com/casbin/chi-authz.Authorizer":                       "authz",
	"github.com/labstack/echo-contrib/casbin.Middleware":           "authz",
	"github.com/labstack/echo-contrib/casbin.MiddlewareWithConfig": "authz",
}

// checkModels are authorisation decisions of policy engines, whose result a
// handler must act on.
var checkModels = map[string]bool{
	// casbin v2
	"(*github.com/casbin/casbin/v2.Enforcer).Enforce":            true,
	"(*github.com/casbin/casbin/v2.Enforcer).EnforceWithMatcher": true,
	"(*github.com/casbin/casbin/v2.Enforcer).EnforceEx":          true,
	"(*github.com/casbin/casbin/v2.SyncedEnforcer).Enforce":      true,
	"(*github.com/casbin/casbin/v2.CachedEnforcer).Enforce":      true,
	"(github.com/casbin/casbin/v2.IEnforcer).Enforce":            true,
	// OPA
	"(github.com/open-policy-agent/opa/rego.ResultSet).Allowed":    true,
	"(github.com/open-policy-agent/opa/v1/rego.ResultSet).Allowed": true,
	// OpenFGA Go SDK
	"(*github.com/openfga/go-sdk/client.OpenFgaClient).Check": true,
	// SpiceDB (authzed-go)
	"(github.com/authzed/authzed-go/proto/authzed/api/v1.PermissionsServiceClient).CheckPermission": true,
	// A signature or shared secret compared in constant time authenticates
	// the request (webhooks, signed URLs): a failed comparison must exit.
	"crypto/hmac.Equal":                 true,
	"crypto/subtle.ConstantTimeCompare": true,
	// Cerbos
	"(*github.com/cerbos/cerbos-sdk-go/cerbos.GRPCClient).IsAllowed":      true,
	"(*github.com/cerbos/cerbos-sdk-go/cerbos.GRPCClient).CheckResources": true,
}
