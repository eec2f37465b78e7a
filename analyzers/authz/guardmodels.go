package authz

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/sanitas-go/sanitas/analyzers/internal/typesutil"
)

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
	// auth0 go-jwt-middleware v2 (v2.3) and v1: the JWT middleware of
	// Auth0's Go quickstarts; optional credentials: see guardOffOptions.
	"(*github.com/auth0/go-jwt-middleware/v2.JWTMiddleware).CheckJWT":     "authn",
	"(*github.com/auth0/go-jwt-middleware.JWTMiddleware).Handler":         "authn",
	"(*github.com/auth0/go-jwt-middleware.JWTMiddleware).HandlerWithNext": "authn",
	// appleboy gin-jwt v2 (v2.10): MiddlewareFunc aborts with 401 unless
	// DisabledAbort is set.
	"(*github.com/appleboy/gin-jwt/v2.GinJWTMiddleware).MiddlewareFunc": "authn",
	// casbin adapters: policy enforcement per request
	"github.com/gin-contrib/authz.NewAuthorizer":                   "authz",
	"github.com/casbin/chi-authz.Authorizer":                       "authz",
	"github.com/labstack/echo-contrib/casbin.Middleware":           "authz",
	"github.com/labstack/echo-contrib/casbin.MiddlewareWithConfig": "authz",
}

// guardOff is a way to make a modelled guard let a request without a
// credential through: a functional option given true
// (jwtmiddleware.WithCredentialsOptional(true)) among the arguments of
// the constructor that made the guard's receiver, or a boolean field set
// true in the options struct passed to it or in the receiver's own
// literal (&jwt.GinJWTMiddleware{DisabledAbort: true}).
type guardOff struct {
	Ctor   string // the constructor's FullName; "" for the receiver's literal
	Option string // a functional option's FullName
	Field  string // a boolean field of the options or the receiver
}

// guardOffOptions lists, by guard model, what makes it no guard.
var guardOffOptions = map[string][]guardOff{
	"(*github.com/auth0/go-jwt-middleware/v2.JWTMiddleware).CheckJWT": {
		{Ctor: "github.com/auth0/go-jwt-middleware/v2.New", Option: "github.com/auth0/go-jwt-middleware/v2.WithCredentialsOptional"},
	},
	"(*github.com/auth0/go-jwt-middleware.JWTMiddleware).Handler": {
		{Ctor: "github.com/auth0/go-jwt-middleware.New", Field: "CredentialsOptional"},
	},
	"(*github.com/auth0/go-jwt-middleware.JWTMiddleware).HandlerWithNext": {
		{Ctor: "github.com/auth0/go-jwt-middleware.New", Field: "CredentialsOptional"},
	},
	"(*github.com/appleboy/gin-jwt/v2.GinJWTMiddleware).MiddlewareFunc": {
		{Field: "DisabledAbort"},
		{Ctor: "github.com/appleboy/gin-jwt/v2.New", Field: "DisabledAbort"},
	},
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

// offAt is g, the guard of the method obj called by cc, unless a modelled
// guard's receiver was made with credentials optional (turnedOff): then
// an optional authentication, no guard.
func offAt(g *guardInfo, obj *types.Func, cc *ssa.CallCommon) *guardInfo {
	if !g.isGuard() || g.why != "modelled" || obj == nil || cc.IsInvoke() || obj.Signature().Recv() == nil || len(cc.Args) == 0 {
		return g
	}
	off := turnedOff(obj.Origin().FullName(), cc.Args[0])
	if off == "" {
		return g
	}
	return &guardInfo{why: "modelled, made to let requests without a credential through", name: g.name, off: off}
}

// turnedOff returns the option (a functional option's or a field's name)
// with which recv, the receiver of a call of the modelled guard full, was
// made to let requests without a credential through (guardOffOptions),
// or "". An option set from a non-constant value leaves the guard on: the
// deployment decides, as atSite does.
func turnedOff(full string, recv ssa.Value) string {
	offs := guardOffOptions[full]
	if len(offs) == 0 || recv == nil {
		return ""
	}
	recv = madeBy(recv)
	for _, off := range offs {
		if off.Ctor == "" {
			if off.Field != "" && optionValue(recv, off.Field) == optTrue {
				return off.Field + ": true"
			}
			continue
		}
		call, ok := recv.(*ssa.Call)
		if !ok {
			continue
		}
		obj := typesutil.Callee(&call.Call)
		if obj == nil || obj.Origin().FullName() != off.Ctor {
			continue
		}
		for _, a := range call.Call.Args {
			vals := []ssa.Value{a}
			if els, ok := typesutil.InPlaceElems(a); ok {
				vals = vals[:0]
				for _, e := range els {
					vals = append(vals, e.Val)
				}
			}
			for _, v := range vals {
				if off.Field != "" && optionValue(madeBy(v), off.Field) == optTrue {
					return off.Field + ": true"
				}
				if off.Option != "" && optionCall(v, off.Option) {
					return typesutil.ShortFuncName(off.Option) + "(true)"
				}
			}
		}
	}
	return ""
}

// madeBy follows a value back through interface conversions, loads of a
// local variable stored once and the extraction of a call's result to
// what made it: a constructor's call, or a composite literal's address.
func madeBy(v ssa.Value) ssa.Value {
	for range 8 {
		v = typesutil.Unconvert(v)
		switch x := v.(type) {
		case *ssa.Extract:
			v = x.Tuple
			continue
		case *ssa.UnOp:
			if a, ok := x.X.(*ssa.Alloc); ok && x.Op == token.MUL {
				if st := typesutil.StoredOnce(a); st != nil {
					v = st
					continue
				}
				return a // a struct literal passed by value: its fields
			}
		}
		return v
	}
	return v
}

// optionCall reports whether v is a call of the functional option opt
// given the constant true.
func optionCall(v ssa.Value, opt string) bool {
	call, ok := typesutil.Unconvert(v).(*ssa.Call)
	if !ok {
		return false
	}
	obj := typesutil.Callee(&call.Call)
	if obj == nil || obj.Origin().FullName() != opt || len(call.Call.Args) != 1 {
		return false
	}
	on, ok := typesutil.ConstBool(call.Call.Args[0])
	return ok && on
}
