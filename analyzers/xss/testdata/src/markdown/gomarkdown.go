package markdown

import (
	"html/template"
	"net/http"

	gmd "github.com/gomarkdown/markdown"
	mdhtml "github.com/gomarkdown/markdown/html"
)

// gomarkdown's renderer with SkipHTML and Safelink drops raw HTML and
// links of other schemes: safe markup whatever the source.
func gomarkdownSafe(w http.ResponseWriter, r *http.Request) {
	opts := mdhtml.RendererOptions{Flags: mdhtml.CommonFlags | mdhtml.SkipHTML | mdhtml.Safelink}
	renderer := mdhtml.NewRenderer(opts)
	_ = template.HTML(gmd.ToHTML([]byte(r.FormValue("md")), nil, renderer))
	_ = template.HTML(gmd.Render(gmd.Parse([]byte(r.FormValue("md")), nil), safeRenderer))
	_ = template.HTML(gmd.ToHTML([]byte(r.FormValue("md")), nil, newSafeRenderer()))
}

var safeRenderer = mdhtml.NewRenderer(mdhtml.RendererOptions{Flags: mdhtml.SkipHTML | mdhtml.Safelink})

func newSafeRenderer() *mdhtml.Renderer {
	return mdhtml.NewRenderer(mdhtml.RendererOptions{Flags: mdhtml.SkipHTML | mdhtml.Safelink | mdhtml.HrefTargetBlank})
}

// One flag only, a hook that judges URLs itself, flags computed, the
// default renderer, a renderer from elsewhere: the source's markup stays.
func gomarkdownLookalikes(w http.ResponseWriter, r *http.Request, flags mdhtml.Flags, given *mdhtml.Renderer) {
	src := []byte(r.FormValue("md"))
	_ = template.HTML(gmd.ToHTML(src, nil, mdhtml.NewRenderer(mdhtml.RendererOptions{Flags: mdhtml.SkipHTML}))) // want `converted to template.HTML`
	hooked := mdhtml.RendererOptions{Flags: mdhtml.SkipHTML | mdhtml.Safelink, IsSafeURLOverride: func([]byte) bool { return true }}
	_ = template.HTML(gmd.ToHTML(src, nil, mdhtml.NewRenderer(hooked)))                               // want `converted to template.HTML`
	_ = template.HTML(gmd.ToHTML(src, nil, mdhtml.NewRenderer(mdhtml.RendererOptions{Flags: flags}))) // want `converted to template.HTML`
	_ = template.HTML(gmd.ToHTML(src, nil, nil))                                                      // want `converted to template.HTML`
	_ = template.HTML(gmd.ToHTML(src, nil, given))                                                    // want `converted to template.HTML`
}
