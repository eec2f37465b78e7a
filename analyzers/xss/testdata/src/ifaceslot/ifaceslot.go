// Package ifaceslot: a sanitiser held in an unexported field or package
// variable of the program's own interface type, which this package alone
// stores into, is the sanitiser stored there.
package ifaceslot

import (
	"html/template"
	"net/http"

	"github.com/microcosm-cc/bluemonday"
)

type Sanitizer interface {
	Sanitize(string) string
}

type view struct {
	Text template.HTML
}

var page = template.Must(template.New("p").Parse(`<section>{{.Text}}</section>`))

// Ward only ever holds a bluemonday policy in clean.
type Ward struct {
	clean Sanitizer
}

func NewWard() *Ward {
	return &Ward{clean: bluemonday.UGCPolicy()}
}

func (wd *Ward) handover(w http.ResponseWriter, r *http.Request) {
	_ = page.Execute(w, view{Text: template.HTML(wd.clean.Sanitize(r.FormValue("text")))})
}

var policy Sanitizer

func init() {
	policy = bluemonday.StrictPolicy()
}

func note(w http.ResponseWriter, r *http.Request) {
	_ = page.Execute(w, view{Text: template.HTML(policy.Sanitize(r.FormValue("note")))})
}
