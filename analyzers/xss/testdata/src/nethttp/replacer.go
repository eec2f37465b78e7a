package nethttp

import (
	"html/template"
	"net/http"
	"strings"
)

// A replacer of the five markup characters with entities escapes HTML.
var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")

func replacerEscaped(w http.ResponseWriter, r *http.Request) {
	_ = template.HTML("<i>" + htmlEscaper.Replace(r.FormValue("x")) + "</i>")
	nl2br := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;", "'", "&#39;", `"`, "&quot;", "\n", "<br>")
	_ = template.HTML(nl2br.Replace(r.FormValue("note")))
}

// Look-alikes: quotes left as they are, a tag kept, a replacer a caller
// may change.
var textOnly = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

var keepsBold = strings.NewReplacer("<b>", "<b>", "&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;")

func replacerLookalikes(w http.ResponseWriter, r *http.Request, custom *strings.Replacer) {
	_ = template.HTML(`<a title="` + textOnly.Replace(r.FormValue("t")) + `">x</a>`) // want `converted to template.HTML`
	_ = template.HTML(keepsBold.Replace(r.FormValue("b")))                           // want `converted to template.HTML`
	_ = template.HTML(custom.Replace(r.FormValue("c")))                              // want `converted to template.HTML`
}
