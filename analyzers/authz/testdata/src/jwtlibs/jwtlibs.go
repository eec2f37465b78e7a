// Package jwtlibs: the JWT middleware of Auth0's go-jwt-middleware and
// appleboy's gin-jwt guard the routes they wrap, unless made to let a
// request without a token through.
package jwtlibs

import (
	"context"
	"net/http"
	"os"

	jwt "github.com/appleboy/gin-jwt/v2"
	jwtv1 "github.com/auth0/go-jwt-middleware"
	jwtmiddleware "github.com/auth0/go-jwt-middleware/v2"
	"github.com/gin-gonic/gin"

	"store"
)

type API struct{ st *store.Store }

func (a *API) get(w http.ResponseWriter, r *http.Request) { // want get:"touches"
	_ = a.st.Patient(r.Context(), r.PathValue("id"))
}

func (a *API) ginGet(c *gin.Context) { // want ginGet:"touches"
	_ = a.st.Patient(context.Background(), c.Param("id"))
}

func validate(ctx context.Context, token string) (any, error) { return nil, nil }

func Serve(a *API) error {
	strict := jwtmiddleware.New(validate)
	optional := jwtmiddleware.New(validate, jwtmiddleware.WithCredentialsOptional(true))
	// An option the deployment sets leaves the guard on, as a
	// configured option of a guard factory does.
	configured := jwtmiddleware.New(validate, jwtmiddleware.WithCredentialsOptional(os.Getenv("JWT_OPTIONAL") == "1"))
	mux := http.NewServeMux()
	mux.Handle("GET /configured/patients/{id}", configured.CheckJWT(http.HandlerFunc(a.get))) // want `is authenticated by \(\*go-jwt-middleware.JWTMiddleware\).CheckJWT`
	mux.Handle("GET /patients/{id}", strict.CheckJWT(http.HandlerFunc(a.get)))                // want `is authenticated by \(\*go-jwt-middleware.JWTMiddleware\).CheckJWT`
	mux.Handle("GET /open/patients/{id}", optional.CheckJWT(http.HandlerFunc(a.get)))         // want `route GET /open/patients/\{id\} .* has no authentication or authorisation on its path: \(\*go-jwt-middleware.JWTMiddleware\).CheckJWT is made with go-jwt-middleware.WithCredentialsOptional\(true\)`
	v1 := jwtv1.New(jwtv1.Options{Debug: true})
	v1optional := jwtv1.New(jwtv1.Options{CredentialsOptional: true})
	mux.Handle("GET /v1/patients/{id}", v1.Handler(http.HandlerFunc(a.get)))              // want `is authenticated by \(\*go-jwt-middleware.JWTMiddleware\).Handler`
	mux.Handle("GET /v1/open/patients/{id}", v1optional.Handler(http.HandlerFunc(a.get))) // want `route GET /v1/open/patients/\{id\} .* is made with CredentialsOptional: true`
	return http.ListenAndServe(":8080", mux)
}

func ServeGin(a *API) error {
	strict, _ := jwt.New(&jwt.GinJWTMiddleware{Realm: "clinic", Key: []byte("k")})
	lax, _ := jwt.New(&jwt.GinJWTMiddleware{Realm: "clinic", Key: []byte("k"), DisabledAbort: true})
	r := gin.New()
	api := r.Group("/api")
	api.Use(strict.MiddlewareFunc())
	api.GET("/patients/:id", a.ginGet) // want `is authenticated by \(\*gin-jwt.GinJWTMiddleware\).MiddlewareFunc`
	open := r.Group("/open")
	open.Use(lax.MiddlewareFunc())
	open.GET("/patients/:id", a.ginGet) // want `route GET /open/patients/:id .* \(\*gin-jwt.GinJWTMiddleware\).MiddlewareFunc is made with DisabledAbort: true`
	return r.Run()
}
