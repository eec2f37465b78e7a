// Package configured is checked with settings: configured.Clean is a
// sanitiser, the second arguments of configured.Raw and configured.Both
// sinks.
package configured

import (
	"bufio"
	"html/template"
	"io"
	"net/http"
	"strings"
)

// Clean is an in-house sanitiser the analysis cannot see into.
func Clean(s string) string { return strings.NewReplacer("<", "&lt;").Replace(s) }

// Raw writes markup to any writer, through a buffer the analysis does
// not follow: only the setting makes it a sink.
func Raw(w io.Writer, s string) {
	bw := bufio.NewWriter(w)
	bw.WriteString(s)
	bw.Flush()
}

// Both is configured, and a sink the analysis sees itself: its calls are
// reported once.
func Both(w io.Writer, s string) { w.Write([]byte(s)) }

func handler(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	_ = template.HTML("<p>" + Clean(q) + "</p>")
	_ = template.HTML("<p>" + q + "</p>") // want `converted to template.HTML`
	Raw(w, Clean(q))
	Raw(w, q)  // want `written unescaped into an HTML response by configured.Raw`
	Both(w, q) // want `written unescaped into an HTML response by \(io.Writer\).Write via configured.Both`
}

// Format escapes its arguments in place, which the analysis cannot see (it
// tracks a slice's elements together): configured as a sanitiser, its
// calls are not sinks.
func Format(format string, args ...any) template.HTML {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = template.HTMLEscapeString(s)
		}
	}
	return template.HTML(strings.NewReplacer("%s", "{}").Replace(format) + args[0].(string))
}

func formatted(r *http.Request) {
	_ = Format("<p>%s</p>", r.FormValue("q"))
}
