package nethttp

import (
	"fmt"
	"html"
	"net/http"
)

// An interface value made from a concrete value in the function: its
// method is that type's.
type devirtFormatter interface{ Format(string) string }

type devirtPlain struct{ prefix string }

func (p devirtPlain) Format(n string) string { return p.prefix + n }

type devirtEscaped struct{ prefix string }

func (e devirtEscaped) Format(n string) string { return e.prefix + html.EscapeString(n) }

func devirtNoteEscaped(w http.ResponseWriter, r *http.Request) {
	var f devirtFormatter = devirtEscaped{prefix: "Ward note: "}
	fmt.Fprintf(w, "<p>%s</p>", f.Format(r.FormValue("note")))
}

func devirtNotePlain(w http.ResponseWriter, r *http.Request) {
	var f devirtFormatter = devirtPlain{prefix: "Ward note: "}
	fmt.Fprintf(w, "<p>%s</p>", f.Format(r.FormValue("note"))) // want `r.FormValue\("note"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}

// Either type, by a flag: the plain one may run.
func devirtNoteEither(w http.ResponseWriter, r *http.Request, legacy bool) {
	var f devirtFormatter = devirtEscaped{}
	if legacy {
		f = devirtPlain{}
	}
	fmt.Fprintf(w, "<p>%s</p>", f.Format(r.FormValue("note"))) // want `r.FormValue\("note"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}

// A method expression: a call of the method with the receiver first.
type devirtChart struct{ prefix string }

func (c devirtChart) escaped(v string) string { return c.prefix + html.EscapeString(v) }

func (c devirtChart) raw(v string) string { return c.prefix + v }

func devirtChartEscaped(w http.ResponseWriter, r *http.Request) {
	line := devirtChart.escaped
	fmt.Fprintf(w, "<li>%s</li>", line(devirtChart{prefix: "Obs: "}, r.FormValue("obs")))
}

func devirtChartRaw(w http.ResponseWriter, r *http.Request) {
	line := devirtChart.raw
	fmt.Fprintf(w, "<li>%s</li>", line(devirtChart{prefix: "Obs: "}, r.FormValue("obs"))) // want `r.FormValue\("obs"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}

// An interface's method expression: an invoke on the first argument.
func devirtIfaceExpr(w http.ResponseWriter, r *http.Request) {
	format := devirtFormatter.Format
	fmt.Fprintf(w, "<p>%s</p>", format(devirtEscaped{}, r.FormValue("note")))
}
