// Package pbcase registers routes on pocketbase's router.
package pbcase

import (
	"net/http"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"

	"store"
)

var st *store.Store

func RequireAuth() *hook.Handler[*core.RequestEvent] { // want RequireAuth:"guard\\(authn\\)"
	return &hook.Handler[*core.RequestEvent]{
		Id: "auth",
		Func: func(e *core.RequestEvent) error {
			if e.Auth == nil {
				return e.UnauthorizedError("login required", nil)
			}
			return e.Next()
		},
	}
}

func view(e *core.RequestEvent) error { // want view:"touches"
	_ = st.Patient(e.Request.Context(), e.Request.PathValue("id"))
	return nil
}

func Routes() (http.Handler, error) {
	r := router.NewRouter(func(w http.ResponseWriter, req *http.Request) (*core.RequestEvent, func()) {
		return &core.RequestEvent{Request: req}, nil
	})
	api := r.Group("/api")
	api.GET("/open/{id}", view)                     // want `route GET /api/open/\{id\} \(handler pbcase.view\) reaches .* has no authentication`
	api.GET("/mine/{id}", view).Bind(RequireAuth()) // want `route GET /api/mine/\{id\} .* is authenticated by pbcase.RequireAuth`
	priv := api.Group("/priv").Bind(RequireAuth())
	priv.DELETE("/{id}", view) // want `route DELETE /api/priv/\{id\} .* is authenticated`
	return r.BuildMux()
}
