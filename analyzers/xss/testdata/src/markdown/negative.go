package markdown

import (
	"bytes"
	"html/template"
	"net/http"

	"github.com/microcosm-cc/bluemonday"
	"github.com/russross/blackfriday/v2"
	"github.com/yuin/goldmark"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// goldmark's defaults omit raw HTML and drop javascript: links: its output
// is safe markup whatever the source.

var defaultMD = goldmark.New()

func safeDefault(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := defaultMD.Convert([]byte(r.FormValue("md")), &buf); err != nil {
		return
	}
	_ = template.HTML(buf.String())
}

func safePackageConvert(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	_ = goldmark.Convert([]byte(r.FormValue("md")), &buf)
	_ = template.HTML(buf.String())
	w.Header().Set("Content-Type", "text/html")
	_ = goldmark.Convert([]byte(r.FormValue("md")), w)
}

// Other renderer options do not make it unsafe.
var wrapsMD = goldmark.New(goldmark.WithRendererOptions(gmhtml.WithHardWraps()))

func safeOptions(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	_ = wrapsMD.Convert([]byte(r.FormValue("md")), w)
	md := goldmark.New(goldmark.WithRendererOptions(gmhtml.WithHardWraps()))
	var buf bytes.Buffer
	_ = md.Convert([]byte(r.FormValue("md")), &buf)
	_ = template.HTML(buf.String())
}

// A renderer of unknown origin (a parameter) is taken to have goldmark's
// defaults.
func safeParam(md goldmark.Markdown, r *http.Request) template.HTML {
	var buf bytes.Buffer
	_ = md.Convert([]byte(r.FormValue("md")), &buf)
	return template.HTML(buf.String())
}

// Unsafe output sanitised before it is trusted.
var ugc = bluemonday.UGCPolicy()

func sanitised(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	_ = unsafeMD.Convert([]byte(r.FormValue("note")), &buf)
	_ = template.HTML(ugc.SanitizeBytes(buf.Bytes()))
	out := blackfriday.Run([]byte(r.FormValue("note")))
	_ = template.HTML(bluemonday.UGCPolicy().SanitizeBytes(out))
}

// Program text rendered: nothing of the request.
const help = "# Help\n\nWrite your note in *markdown*."

func constant(w http.ResponseWriter, r *http.Request) {
	_ = template.HTML(blackfriday.Run([]byte(help)))
	var buf bytes.Buffer
	_ = unsafeMD.Convert([]byte(help), &buf)
	_ = template.HTML(buf.String())
}

// Other options added later keep it safe.
func safeAddedLater(r *http.Request) template.HTML {
	md := goldmark.New()
	md.Renderer().AddOptions(gmhtml.WithHardWraps())
	var buf bytes.Buffer
	_ = md.Convert([]byte(r.FormValue("note")), &buf)
	return template.HTML(buf.String())
}
