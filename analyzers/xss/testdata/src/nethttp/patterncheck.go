package nethttp

import (
	"fmt"
	"html/template"
	"net/http"
	"regexp"
)

// An anchored pattern that admits more than identifier characters, but
// none that matter where the value lands, makes it safe there.

var (
	hexColor    = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)
	displayName = regexp.MustCompile(`^[\w .,-]{1,40}$`)
	noAngles    = regexp.MustCompile(`^[^<>]+$`)
)

func themeColor(r *http.Request) template.CSS {
	c := r.FormValue("color")
	if !hexColor.MatchString(c) {
		c = "#333333"
	}
	return template.CSS("body{color:" + c + "}") // safe
}

func greetName(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	if !displayName.MatchString(name) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, `<p title="%s">Hello, %s</p>`, name, name) // safe
	fmt.Fprintf(w, `<td class=%s>`, name)                     // want `placed in an unquoted class attribute value`
}

// A name is no colour: CSS needs more than markup's characters out.
func nameColor(r *http.Request) template.CSS {
	c := r.FormValue("color")
	if !displayName.MatchString(c) {
		c = "black"
	}
	return template.CSS("body{color:" + c + "}") // want `converted to template.CSS`
}

// A class that lets quotes through protects no attribute.
func noAnglesAttr(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	if !noAngles.MatchString(q) {
		return
	}
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, `<input value="%s">`, q) // want `written unescaped into an HTML response`
}
