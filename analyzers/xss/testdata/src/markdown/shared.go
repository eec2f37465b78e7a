package markdown

import (
	"bytes"
	"html/template"
	"net/http"

	"mdshared"
)

// Engines another package makes and keeps: judged where they are made.

func sharedLegacy(r *http.Request) template.HTML {
	var buf bytes.Buffer
	_ = mdshared.Legacy.Convert([]byte(r.FormValue("note")), &buf)
	return template.HTML(buf.String()) // want `\(request input\) converted to template.HTML`
}

func sharedLegacyFunc(r *http.Request) template.HTML {
	var buf bytes.Buffer
	_ = mdshared.NewLegacy().Convert([]byte(r.FormValue("note")), &buf)
	return template.HTML(buf.String()) // want `\(request input\) converted to template.HTML`
}

func sharedPlain(r *http.Request) template.HTML {
	var buf bytes.Buffer
	_ = mdshared.Plain.Convert([]byte(r.FormValue("note")), &buf)
	_ = mdshared.NewPlain().Convert([]byte(r.FormValue("note")), &buf)
	return template.HTML(buf.String()) // safe: goldmark's defaults
}
