package nethttp

import (
	"html/template"
	"net/http"
	"net/url"
)

// url.PathEscape keeps ':': alone, the input still chooses the scheme
// (url.PathEscape("javascript:alert(1)") runs script).
func pathEscapedURL(r *http.Request) template.URL {
	return template.URL(url.PathEscape(r.FormValue("next"))) // want `r.FormValue\("next"\) \(request input\) converted to template.URL`
}

// After a prefix that fixes the scheme it is a path segment.
func pathEscapedSegment(r *http.Request) template.URL {
	return template.URL("/patients/" + url.PathEscape(r.FormValue("id")))
}

// url.QueryEscape escapes ':' too.
func queryEscapedURL(r *http.Request) template.URL {
	return template.URL(url.QueryEscape(r.FormValue("next")))
}
