package nethttp

import (
	"html/template"
	"net/http"

	"github.com/microcosm-cc/bluemonday"
)

// AllowUnsafe keeps script and style elements only when the policy also
// allows them: alone, bluemonday still drops them with their content.
var unsafeFlagOnly = bluemonday.UGCPolicy().AllowUnsafe(true)

var unsafeStyle = func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowUnsafe(true)
	p.AllowElements("style")
	return p
}()

func unsafeFlags(r *http.Request) {
	_ = template.HTML(unsafeFlagOnly.Sanitize(r.FormValue("bio"))) // safe
	_ = template.HTML(unsafeStyle.Sanitize(r.FormValue("bio")))    // want `converted to template.HTML`
}
