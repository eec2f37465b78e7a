package ifaceslot

import (
	"html/template"
	"net/http"

	"github.com/microcosm-cc/bluemonday"
)

type noop struct{}

func (noop) Sanitize(s string) string { return s }

// Board's field may hold a no-op implementation too.
type Board struct {
	clean Sanitizer
}

func NewBoard(strict bool) *Board {
	if strict {
		return &Board{clean: bluemonday.UGCPolicy()}
	}
	return &Board{clean: noop{}}
}

func (b *Board) post(w http.ResponseWriter, r *http.Request) {
	_ = page.Execute(w, view{Text: template.HTML(b.clean.Sanitize(r.FormValue("text")))}) // want `r.FormValue\("text"\) \(request input\)`
}

// Desk's field is set from a parameter: whatever callers pass.
type Desk struct {
	clean Sanitizer
}

func NewDesk(s Sanitizer) *Desk {
	return &Desk{clean: s}
}

func (d *Desk) post(w http.ResponseWriter, r *http.Request) {
	_ = page.Execute(w, view{Text: template.HTML(d.clean.Sanitize(r.FormValue("text")))}) // want `r.FormValue\("text"\) \(request input\)`
}

// Exported fields can be set by importers.
type Shelf struct {
	Clean Sanitizer
}

func NewShelf() *Shelf {
	return &Shelf{Clean: bluemonday.UGCPolicy()}
}

func (s *Shelf) post(w http.ResponseWriter, r *http.Request) {
	_ = page.Execute(w, view{Text: template.HTML(s.Clean.Sanitize(r.FormValue("text")))}) // want `r.FormValue\("text"\) \(request input\)`
}

// The field's address escapes: stores through it are not seen.
type Cart struct {
	clean Sanitizer
}

func setSanitizer(p *Sanitizer) { *p = noop{} }

func NewCart() *Cart {
	c := &Cart{clean: bluemonday.UGCPolicy()}
	setSanitizer(&c.clean)
	return c
}

func (c *Cart) post(w http.ResponseWriter, r *http.Request) {
	_ = page.Execute(w, view{Text: template.HTML(c.clean.Sanitize(r.FormValue("text")))}) // want `r.FormValue\("text"\) \(request input\)`
}

// A package variable that a flag can switch to the no-op implementation.
var loosePolicy Sanitizer = bluemonday.UGCPolicy()

func relax() { loosePolicy = noop{} }

func memo(w http.ResponseWriter, r *http.Request) {
	_ = page.Execute(w, view{Text: template.HTML(loosePolicy.Sanitize(r.FormValue("memo")))}) // want `r.FormValue\("memo"\) \(request input\)`
}
