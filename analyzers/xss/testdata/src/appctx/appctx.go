// Package appctx: handlers on an application's own context (web.Context),
// whose response is as fresh as a func(w, r)'s.
package appctx

import (
	"html/template"

	"appctx/web"
)

var mails = template.Must(template.New("welcome").Parse(`<p>Welcome</p>`))

func patientMissing(ctx *web.Context) {
	id := ctx.PathParam("id")
	ctx.SetStatus(404)
	ctx.Resp.Write([]byte("no such patient: " + id)) // safe: sniffed as text/plain
}

func patientMarkup(ctx *web.Context) {
	ctx.Resp.Write([]byte("<p>" + ctx.FormString("q"))) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write`
}

// The page began as HTML: the text after it is markup.
func patientMissingPage(ctx *web.Context) {
	ctx.HTML(404, "missing")
	ctx.Resp.Write([]byte("no such patient: " + ctx.PathParam("id"))) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write`
}

// html/template quotes an unknown name only in an error returned before
// it wrote anything, and that error's text is sniffed as text/plain.
func mailPreview(ctx *web.Context) {
	if err := mails.ExecuteTemplate(ctx.Resp, ctx.PathParam("name"), nil); err != nil {
		ctx.Resp.Write([]byte(err.Error())) // safe
	}
}

// After a page was rendered the error is written into HTML.
func mailPreviewAfterPage(ctx *web.Context) {
	ctx.HTML(200, "missing")
	if err := mails.ExecuteTemplate(ctx.Resp, ctx.PathParam("name"), nil); err != nil {
		ctx.Resp.Write([]byte(err.Error())) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write`
	}
}

// The page data the context carries is the program's: only the name can
// be quoted before output.
func mailPreviewData(ctx *web.Context) {
	if err := mails.ExecuteTemplate(ctx.Resp, "mail/"+ctx.PathParam("name"), ctx.Data); err != nil {
		ctx.SetStatus(400)
		ctx.Resp.Write([]byte(err.Error())) // safe
	}
}

// Request input in the data may be quoted by an error after output.
func mailPreviewInput(ctx *web.Context) {
	ctx.Data["q"] = ctx.FormString("q")
	if err := mails.ExecuteTemplate(ctx.Resp, "mail/"+ctx.PathParam("name"), ctx.Data); err != nil {
		ctx.Resp.Write([]byte(err.Error())) // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write`
	}
}

// The context's own error writer, first: the message decides.
func patientError(ctx *web.Context) {
	ctx.Error(404, "no patient with MRN "+ctx.FormString("mrn")) // safe: sniffed as text/plain
}

func patientErrorMarkup(ctx *web.Context) {
	ctx.Error(404, "<b>"+ctx.FormString("mrn")+"</b> not found") // want `written unescaped into an HTML response by \(http.ResponseWriter\).Write via \(\*web.Context\).Error`
}
