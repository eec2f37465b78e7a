package linkuse

import (
	"database/sql"
	"html/template"
	"net/http"

	"linklib"
)

func website(r *http.Request) template.HTML {
	return linklib.Link(r.FormValue("site"), "website") // want `r.FormValue\("site"\) \(request input\) escaped for HTML but placed in an href URL attribute, where javascript: URLs still run, converted to template.HTML`
}

func storedWebsite(db *sql.DB) template.HTML {
	var site string
	_ = db.QueryRow("SELECT site FROM users WHERE id = 1").Scan(&site)
	return linklib.Link(site, "website") // want `\(stored data\) escaped for HTML but placed in an href URL attribute`
}

func tracked(r *http.Request) template.HTMLAttr {
	return linklib.Track(r.FormValue("id")) // want `escaped for HTML but placed in the onclick event-handler attribute`
}

// Links the program builds itself.
func home() template.HTML {
	return linklib.Link("/home", "home") // safe
}

func profile(name string) template.HTML {
	return linklib.Link("/users/"+name, name) // safe: a path after a constant prefix, a parameter judged at the callers
}
