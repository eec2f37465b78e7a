package nethttp

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"
)

// A field compared with a constant is that constant where the comparison
// held, in every load of it: r.URL.Path is read once for the check and
// again for the write.

func retired(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/retired" {
			fmt.Fprintf(w, "<p>%s has been retired</p>", r.URL.Path)
			return
		}
		if r.URL.Path != "/a" && r.URL.Path != "/b" {
			next.ServeHTTP(w, r)
			return
		}
		fmt.Fprintf(w, "<p>%s moved</p>", r.URL.Path)
	})
}

// Look-alikes: the other branch, another field, an element, a field the
// function overwrites.
func retiredLookalikes(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/retired" {
		fmt.Fprintf(w, "<p>%s</p>", r.URL.Path) // want `r.URL.Path \(request input\) written unescaped`
	}
	if r.URL.Path == "/retired" {
		fmt.Fprintf(w, "<p>%s</p>", r.URL.RawQuery) // want `written unescaped into an HTML response`
	}
	if v := r.Form["a"]; len(v) > 1 && v[0] == "x" {
		fmt.Fprintf(w, "<p>%s</p>", v[1]) // want `written unescaped into an HTML response`
	}
	if r.URL.Path == "/retired" {
		r.URL.Path = r.FormValue("next")
		fmt.Fprintf(w, "<p>%s</p>", r.URL.Path) // want `written unescaped into an HTML response`
	}
}

// A URL whose scheme was checked against one that cannot run script is
// safe as a template.URL where the check passed; not as markup.
func schemeChecked(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("site"))
	if err != nil || u.Scheme != "https" {
		http.Error(w, "https links only", http.StatusBadRequest)
		return
	}
	_ = template.URL(u.String())
	_ = template.HTML("<a href=\"" + u.String() + "\">site</a>") // want `converted to template.HTML`
}

func schemeSwitch(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.FormValue("link"))
	if err != nil {
		return
	}
	switch u.Scheme {
	case "http", "https", "mailto":
		_ = template.URL(u.String())
	default:
		_ = template.URL(u.String()) // want `converted to template.URL`
	}
}

// A relative URL (no scheme) is allowed too: url.Parse refuses a colon
// in its first segment and String writes "./" before one.
func schemeOrRelative(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("next"))
	if err != nil || (u.Scheme != "https" && u.Scheme != "") {
		http.Error(w, "invalid redirect", http.StatusBadRequest)
		return
	}
	_ = template.URL(u.String())
	v, _ := url.Parse(r.FormValue("back"))
	if v.Scheme == "" {
		_ = template.URL(v.String())
	} else {
		_ = template.URL(v.String()) // want `converted to template.URL`
	}
}

// Look-alikes: a scheme that runs script, the failing branch, a URL
// changed after the check, a check of another URL.
func schemeLookalikes(w http.ResponseWriter, r *http.Request) {
	u, _ := url.Parse(r.FormValue("a"))
	if u.Scheme == "javascript" {
		_ = template.URL(u.String()) // want `converted to template.URL`
	}
	if u.Scheme != "https" {
		_ = template.URL(u.String()) // want `converted to template.URL`
	}
	v, _ := url.Parse(r.FormValue("b"))
	if v.Scheme == "https" {
		v.Scheme = r.FormValue("scheme")
		_ = template.URL(v.String()) // want `converted to template.URL`
	}
	x, _ := url.Parse(r.FormValue("c"))
	if u.Scheme == "https" {
		_ = template.URL(x.String()) // want `converted to template.URL`
	}
}

// The failing branch replaces the URL instead of leaving: the URL that
// reaches the conversion is the checked one or the program's.
func schemeReplaced(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.FormValue("site"))
	if err != nil || u.Scheme != "https" {
		u = &url.URL{Path: "/clinicians"}
	}
	_ = template.URL(u.String())
	v, err := url.Parse(r.FormValue("home"))
	if err != nil || v.Scheme == "https" {
		v = &url.URL{Path: "/clinicians"} // replaces the good one: the rest pass
	}
	_ = template.URL(v.String()) // want `converted to template.URL`
	x, _ := url.Parse(r.FormValue("back"))
	if x.Scheme != "https" {
		x, _ = url.Parse(r.FormValue("other"))
	}
	_ = template.URL(x.String()) // want `converted to template.URL`
}

// The scheme of the URL parsed from a text is the text's: a check of
// u.Scheme lets the original string through as a URL.
func nextParsedCheck(r *http.Request) template.URL {
	next := r.URL.Query().Get("next")
	u, err := url.Parse(next)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		next = "/dashboard"
	}
	return template.URL(next) // safe
}

func nextParsedReturn(r *http.Request) template.URL {
	next := r.URL.Query().Get("next")
	if u, err := url.Parse(next); err != nil || u.Scheme != "https" {
		return "/dashboard"
	}
	return template.URL(next) // safe
}

// A check of another URL's scheme says nothing of this text.
func nextOtherCheck(r *http.Request) template.URL {
	next := r.URL.Query().Get("next")
	u, err := url.Parse(r.URL.Query().Get("back"))
	if err != nil || u.Scheme != "https" {
		next = "/dashboard"
	}
	return template.URL(next) // want `converted to template.URL`
}
