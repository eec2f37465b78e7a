package nethttp

import (
	"fmt"
	"html"
	"io"
	"net/http"
)

// Functions kept in a list: a variadic list of cell functions the callee
// calls, and a map of method values the handler looks up and calls.

type rxRow struct{ Drug, Dose string }

func renderRows[T any](w io.Writer, items []T, cells ...func(T) string) {
	for _, it := range items {
		for _, c := range cells {
			io.WriteString(w, "<td>"+c(it)+"</td>")
		}
	}
}

func rowsEscaped(w http.ResponseWriter, r *http.Request) {
	items := []rxRow{{Drug: r.URL.Query().Get("drug"), Dose: r.URL.Query().Get("dose")}}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	renderRows(w, items,
		func(p rxRow) string { return html.EscapeString(p.Drug) },
		func(p rxRow) string { return html.EscapeString(p.Dose) })
}

func rowsOneRaw(w http.ResponseWriter, r *http.Request) {
	items := []rxRow{{Drug: r.URL.Query().Get("drug"), Dose: r.URL.Query().Get("dose")}}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	renderRows(w, items, // want `written unescaped into an HTML response by io.WriteString via nethttp.renderRows`
		func(p rxRow) string { return html.EscapeString(p.Drug) },
		func(p rxRow) string { return p.Dose })
}

type widgets struct{ prefix string }

func (wg widgets) badge(w http.ResponseWriter, label string) {
	fmt.Fprintf(w, `<span class="%s">%s</span>`, wg.prefix, label)
}

func (wg widgets) safeBadge(w http.ResponseWriter, label string) {
	fmt.Fprintf(w, `<span class="%s">%s</span>`, wg.prefix, html.EscapeString(label))
}

func widget(w http.ResponseWriter, r *http.Request) {
	wg := widgets{prefix: "badge"}
	views := map[string]func(http.ResponseWriter, string){"badge": wg.badge, "safe": wg.safeBadge}
	fn, ok := views[r.URL.Query().Get("kind")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fn(w, r.URL.Query().Get("label")) // want `r.URL.Query\(\).Get\("label"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf via \(nethttp.widgets\).badge`
}

func safeWidget(w http.ResponseWriter, r *http.Request) {
	wg := widgets{prefix: "badge"}
	views := map[string]func(http.ResponseWriter, string){"safe": wg.safeBadge}
	if fn, ok := views[r.URL.Query().Get("kind")]; ok {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fn(w, r.URL.Query().Get("label"))
	}
}

// A map of text functions: what the looked-up one returns, not what an
// unknown function might.

func boldLabel(s string) string { return "<b>" + html.EscapeString(s) + "</b>" }

func italicLabel(s string) string { return "<i>" + html.EscapeString(s) + "</i>" }

func styledLabel(w http.ResponseWriter, r *http.Request) {
	styles := map[string]func(string) string{"b": boldLabel, "i": italicLabel}
	if f, ok := styles[r.URL.Query().Get("style")]; ok {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, f(r.URL.Query().Get("label")))
	}
}
