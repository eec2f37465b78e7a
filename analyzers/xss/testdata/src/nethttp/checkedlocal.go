package nethttp

import (
	"database/sql"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// A stored value scanned into a local variable, then checked: the check
// holds for every later read of the variable.
func bedNumber(w http.ResponseWriter, db *sql.DB) {
	var bed string
	_ = db.QueryRow("SELECT bed FROM wards WHERE id = 1").Scan(&bed)
	if _, err := strconv.Atoi(bed); err != nil {
		return
	}
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<p>Bed %s</p>", bed)
}

// Scanned again after the check: the second value is unchecked.
func bedRescanned(w http.ResponseWriter, db *sql.DB) {
	var bed string
	_ = db.QueryRow("SELECT bed FROM wards WHERE id = 1").Scan(&bed)
	if _, err := strconv.Atoi(bed); err != nil {
		return
	}
	_ = db.QueryRow("SELECT note FROM wards WHERE id = 1").Scan(&bed)
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<p>Bed %s</p>", bed) // want `\(stored data\) written unescaped into an HTML response by fmt.Fprintf`
}

// A stored website checked to begin with "https://": its scheme is fixed,
// so it is safe as a template.URL, but not as markup.
func website(db *sql.DB) (template.URL, template.HTML) {
	var site string
	_ = db.QueryRow("SELECT website FROM users WHERE id = 1").Scan(&site)
	if !strings.HasPrefix(site, "https://") {
		return "", ""
	}
	u := template.URL(site)
	h := template.HTML(site) // want `\(stored data\) converted to template.HTML`
	return u, h
}

// Request input checked to be a relative link.
func nextLink(r *http.Request) template.URL {
	next := r.FormValue("next")
	if strings.HasPrefix(next, "/") {
		return template.URL(next)
	}
	return template.URL(next) // want `r.FormValue\("next"\) \(request input\) converted to template.URL`
}

// A prefix that leaves the scheme open.
func javaLink(r *http.Request) template.URL {
	next := r.FormValue("next")
	if strings.HasPrefix(next, "java") {
		return template.URL(next) // want `r.FormValue\("next"\) \(request input\) converted to template.URL`
	}
	return ""
}

// Query escaping leaves no markup character: safe in an HTML write and a
// URL, not in a script.
func searchAgain(w http.ResponseWriter, r *http.Request) template.JS {
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, `<a href="/search?q=%s">again</a>`, url.QueryEscape(r.FormValue("q")))
	return template.JS("var q = " + url.QueryEscape(r.FormValue("q"))) // want `r.FormValue\("q"\) \(request input\) converted to template.JS`
}

// Request input replaced by a constant link unless it begins with
// "https://": every value reaching the conversion has a fixed scheme.
func fallbackLink(r *http.Request) template.URL {
	next := r.FormValue("next")
	if !strings.HasPrefix(next, "https://") {
		next = "https://nhs.uk"
	}
	return template.URL(next)
}

// The fallback applies only to one bad scheme: others pass through.
func partialFallback(r *http.Request) template.URL {
	next := r.FormValue("next")
	if strings.HasPrefix(next, "http://") {
		next = "https://nhs.uk"
	}
	return template.URL(next) // want `r.FormValue\("next"\) \(request input\) converted to template.URL`
}

// A stored website replaced by a constant unless its scheme check passes:
// every value the variable holds at the conversion has a fixed scheme.
func storedFallback(db *sql.DB) template.URL {
	var site string
	_ = db.QueryRow("SELECT website FROM users WHERE id = 1").Scan(&site)
	if !strings.HasPrefix(site, "https://") {
		site = "https://nhs.uk"
	}
	return template.URL(site)
}

// The fallback applies only to one bad scheme: others pass through.
func storedPartialFallback(db *sql.DB) template.URL {
	var site string
	_ = db.QueryRow("SELECT website FROM users WHERE id = 1").Scan(&site)
	if strings.HasPrefix(site, "http://") {
		site = "https://nhs.uk"
	}
	return template.URL(site) // want `\(stored data\) converted to template.URL`
}

// A stored value outside an allow-list replaced by a constant.
func storedWard(w http.ResponseWriter, db *sql.DB) {
	var ward string
	_ = db.QueryRow("SELECT ward FROM beds WHERE id = 1").Scan(&ward)
	if ward != "north" && ward != "south" {
		ward = "north"
	}
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<p>Ward %s</p>", ward)
}

// The constant is stored before the check, not instead of the value.
func storedWardDefault(w http.ResponseWriter, db *sql.DB) {
	var ward string
	_ = db.QueryRow("SELECT ward FROM beds WHERE id = 1").Scan(&ward)
	if ward == "" {
		ward = "north"
	}
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<p>Ward %s</p>", ward) // want `\(stored data\) written unescaped into an HTML response by fmt.Fprintf`
}

// The constant is a default the stored value then overwrites: no
// replacement of what the check rejected.
func storedWardPrefilled(w http.ResponseWriter, db *sql.DB) {
	ward := "north"
	_ = db.QueryRow("SELECT ward FROM beds WHERE id = 1").Scan(&ward)
	if ward == "" {
		ward = "north"
	}
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<p>Ward %s</p>", ward) // want `\(stored data\) written unescaped into an HTML response by fmt.Fprintf`
}
