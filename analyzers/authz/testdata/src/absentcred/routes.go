package absentcred

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"store"
)

type H struct{ st *store.Store }

func (h *H) status(c *gin.Context) { // want status:"touches"
	_ = h.st.Patient(c.Request.Context(), c.Param("id"))
}

func (h *H) patient(w http.ResponseWriter, r *http.Request) { // want patient:"touches"
	_ = h.st.Patient(r.Context(), r.PathValue("id"))
}

func Routes(h *H, key string) {
	r := gin.New()
	hooks := r.Group("/hooks", pharmacyKey(key))
	hooks.POST("/rx/:id/status", h.status) // want `route POST /hooks/rx/:id/status .* has no authentication`
	partners := r.Group("/partners", partnerKey(key))
	partners.GET("/rx/:id", h.status) // want `route GET /partners/rx/:id .* has no authentication`
	strict := r.Group("/strict", strictKey(key))
	strict.GET("/rx/:id", h.status)
	fb := r.Group("/fallback", fallbackKey(key))
	fb.GET("/rx/:id", h.status)
	_ = r.Run()

	mux := http.NewServeMux()
	mux.Handle("GET /keyed/{id}", APIKey(key)(http.HandlerFunc(h.patient))) // want `route GET /keyed/\{id\} .* has no authentication`
	mux.Handle("GET /either/{id}", keyOrSession(key)(http.HandlerFunc(h.patient)))
	_ = http.ListenAndServe(":8080", mux)
}
