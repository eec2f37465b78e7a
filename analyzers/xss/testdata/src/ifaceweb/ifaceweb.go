// Package ifaceweb reads records through the ifacestore interface: what
// the implementation returns is what the interface call returns.
package ifaceweb

import (
	"html/template"
	"net/http"

	"ifacestore"
)

type Handler struct{ Store ifacestore.PatientStore }

func (h *Handler) Notes(w http.ResponseWriter, r *http.Request) (template.HTML, error) {
	p, err := h.Store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		return "", err
	}
	return template.HTML(p.Notes), nil // want `\(stored data\) converted to template.HTML`
}

// The implementation returns constant text.
func (h *Handler) Greeting(r *http.Request) template.HTML {
	return template.HTML(h.Store.Greeting(r.FormValue("name")) + "!")
}
