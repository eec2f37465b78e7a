// Package markdown holds Markdown rendered to HTML and trusted: findings in
// positive.go, safe look-alikes in negative.go.
package markdown

import (
	"bytes"
	"database/sql"
	"html/template"
	"io"
	"net/http"

	"github.com/gomarkdown/markdown"
	bf1 "github.com/russross/blackfriday"
	"github.com/russross/blackfriday/v2"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/renderer"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// goldmark with WithUnsafe keeps raw HTML: its writer carries the source.

func unsafeLocal(w http.ResponseWriter, r *http.Request) {
	md := goldmark.New(goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	var buf bytes.Buffer
	_ = md.Convert([]byte(r.FormValue("note")), &buf)
	_ = template.HTML(buf.String()) // want `r.FormValue\("note"\) \(request input\) converted to template.HTML, which html/template renders unescaped`
}

var unsafeMD = goldmark.New(goldmark.WithRendererOptions(gmhtml.WithHardWraps(), gmhtml.WithUnsafe()))

func unsafeGlobal(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := unsafeMD.Convert([]byte(r.PostFormValue("handover")), &buf); err != nil {
		return
	}
	_ = template.HTML(buf.String()) // want `r.PostFormValue\("handover"\) \(request input\) converted to template.HTML`
}

// Written straight into the response.
func unsafeWrite(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	_ = unsafeMD.Convert([]byte(r.FormValue("note")), w) // want `r.FormValue\("note"\) \(request input\) written unescaped into an HTML response by \(goldmark.Markdown\).Convert`
}

// Into a buffer, then the buffer into the response.
func unsafeCopy(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	_ = unsafeMD.Convert([]byte(r.FormValue("note")), &buf)
	w.Header().Set("Content-Type", "text/html")
	_, _ = io.Copy(w, &buf) // want `written unescaped into an HTML response by io.Copy`
}

// A renderer kept in a struct field that this package sets.
type Server struct {
	md goldmark.Markdown
	db *sql.DB
}

func NewServer(db *sql.DB, allowHTML bool) *Server {
	opts := []goldmark.Option{}
	if allowHTML {
		opts = append(opts, goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	}
	return &Server{md: goldmark.New(opts...), db: db}
}

// Stored notes: medium severity.
func (s *Server) storedNote(w http.ResponseWriter, r *http.Request) {
	var note string
	_ = s.db.QueryRow("SELECT note FROM notes WHERE id = $1", r.FormValue("id")).Scan(&note)
	var buf bytes.Buffer
	_ = s.md.Convert([]byte(note), &buf)
	_ = template.HTML(buf.String()) // want `s.db.QueryRow\("SELECT note .* \(stored data\) converted to template.HTML`
}

// A renderer built by a function of this package, with a custom HTML
// renderer given the option.
func newDocsMD() goldmark.Markdown {
	return goldmark.New(goldmark.WithRenderer(renderer.NewRenderer(renderer.WithNodeRenderers(gmhtml.NewRenderer(gmhtml.WithUnsafe())))))
}

func docs(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	_ = newDocsMD().Convert([]byte(r.FormValue("doc")), &buf)
	_ = template.HTML(buf.Bytes()) // want `r.FormValue\("doc"\) \(request input\) converted to template.HTML`
}

// A helper that renders its parameter: reported at its callers.
func render(src string) template.HTML {
	var buf bytes.Buffer
	_ = unsafeMD.Convert([]byte(src), &buf)
	return template.HTML(buf.String())
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	_ = render(r.FormValue("bio")) // want `r.FormValue\("bio"\) \(request input\) converted to template.HTML, which html/template renders unescaped via markdown.render`
}

// blackfriday keeps raw HTML whatever its options.

func bfRun(w http.ResponseWriter, r *http.Request) {
	out := blackfriday.Run([]byte(r.FormValue("note")))
	_ = template.HTML(string(out)) // want `r.FormValue\("note"\) \(request input\) converted to template.HTML`
}

func (s *Server) bfStored(w http.ResponseWriter, r *http.Request) {
	var bio string
	_ = s.db.QueryRow("SELECT bio FROM patients WHERE id = $1", r.FormValue("id")).Scan(&bio)
	_ = template.HTML(blackfriday.Run([]byte(bio))) // want `s.db.QueryRow\("SELECT bio .* \(stored data\) converted to template.HTML`
}

func bfWrite(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	_, _ = w.Write(blackfriday.Run([]byte(r.FormValue("note")))) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write`
}

func bfV1(w http.ResponseWriter, r *http.Request) {
	src := []byte(r.FormValue("note"))
	_ = template.HTML(bf1.MarkdownCommon(src))                                            // want `converted to template.HTML`
	_ = template.HTML(bf1.MarkdownBasic(src))                                             // want `converted to template.HTML`
	_ = template.HTML(bf1.Markdown(src, bf1.HtmlRenderer(bf1.HTML_USE_XHTML, "", ""), 0)) // want `converted to template.HTML`
}

// gomarkdown keeps raw HTML with its default flags.

func gomd(w http.ResponseWriter, r *http.Request) {
	src := []byte(r.FormValue("note"))
	_ = template.HTML(markdown.ToHTML(src, nil, nil))                 // want `converted to template.HTML`
	_ = template.HTML(markdown.Render(markdown.Parse(src, nil), nil)) // want `converted to template.HTML`
}

// Made with the defaults, then given the unsafe option through its
// renderer.
func unsafeAddedLater(r *http.Request) template.HTML {
	md := goldmark.New()
	md.Renderer().AddOptions(gmhtml.WithUnsafe())
	var buf bytes.Buffer
	_ = md.Convert([]byte(r.FormValue("note")), &buf)
	return template.HTML(buf.String()) // want `\(request input\) converted to template.HTML`
}

var laterMD = goldmark.New()

func init() {
	laterMD.Renderer().AddOptions(gmhtml.WithUnsafe())
}

func unsafeAddedInInit(r *http.Request) template.HTML {
	var buf bytes.Buffer
	_ = laterMD.Convert([]byte(r.FormValue("note")), &buf)
	return template.HTML(buf.String()) // want `\(request input\) converted to template.HTML`
}
