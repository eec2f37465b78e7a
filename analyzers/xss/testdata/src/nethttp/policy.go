package nethttp

import (
	"html/template"
	"net/http"
	"regexp"

	"github.com/microcosm-cc/bluemonday"
)

// A policy that allows what runs script sanitises nothing that matters:
// an event handler, URLs a bare policy does not check, script elements.
func widenedPolicies(w http.ResponseWriter, r *http.Request) {
	links := bluemonday.NewPolicy()
	links.AllowElements("p", "a")
	links.AllowAttrs("href").OnElements("a")
	_ = template.HTML(links.Sanitize(r.FormValue("body"))) // want `r.FormValue\("body"\) \(request input\) converted to template.HTML`

	ugc := bluemonday.UGCPolicy()
	ugc.AllowAttrs("onclick").Globally()
	_ = template.HTML(ugc.Sanitize(r.FormValue("bio"))) // want `converted to template.HTML, which html/template renders unescaped: the bluemonday policy it went through lets script through \(AllowAttrs\("onclick"\)\): drop that call`

	_ = template.HTML(unsafePolicy.Sanitize(r.FormValue("note")))              // want `converted to template.HTML`
	_ = template.HTML(uncheckedUGC().Sanitize(r.FormValue("c")))               // want `converted to template.HTML`
	_ = template.HTML(dischargePolicy.SanitizeBytes([]byte(r.FormValue("d")))) // want `converted to template.HTML`
}

// A package variable set by a function literal called once.
var dischargePolicy = func() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements("p", "a")
	p.AllowAttrs("href", "title").OnElements("a")
	return p
}()

var unsafePolicy = bluemonday.UGCPolicy().AllowUnsafe(true).AllowElements("script")

func uncheckedUGC() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.RequireParseableURLs(false)
	return p
}

// Safe configurations: URLs checked, values constrained, plain
// attributes, the standard policies, a policy given by the caller.
var checkedLinks = func() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowStandardURLs()
	p.AllowAttrs("href").OnElements("a")
	return p
}()

var classes = bluemonday.NewPolicy()

func init() {
	classes.AllowAttrs("class", "title").Globally()
	classes.AllowAttrs("href").Matching(regexp.MustCompile(`^/[a-z/]*$`)).OnElements("a")
}

func safePolicies(w http.ResponseWriter, r *http.Request, given *bluemonday.Policy) {
	_ = template.HTML(checkedLinks.Sanitize(r.FormValue("a")))
	_ = template.HTML(classes.Sanitize(r.FormValue("b")))
	ugc := bluemonday.UGCPolicy()
	ugc.AllowAttrs("class").Globally()
	_ = template.HTML(ugc.Sanitize(r.FormValue("c")))
	_ = template.HTML(bluemonday.StrictPolicy().Sanitize(r.FormValue("d")))
	_ = template.HTML(given.Sanitize(r.FormValue("e")))
}
