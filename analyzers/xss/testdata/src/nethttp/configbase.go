package nethttp

import (
	"database/sql"
	"html/template"
	"net/http"
	"net/url"
	"os"
)

// Text appended to a base URL the program is configured with keeps the
// base's scheme: an environment variable, a package variable set from
// one, a field of the service's configuration.

var publicBase = os.Getenv("PUBLIC_BASE")

type linkConfig struct{ PublicBase string }

type linkService struct {
	db  *sql.DB
	cfg linkConfig
}

func (s *linkService) configuredBase(w http.ResponseWriter, r *http.Request) {
	ref := url.PathEscape(r.URL.Query().Get("ref"))
	_ = template.URL(s.cfg.PublicBase + "/referrals/" + ref)
	_ = template.URL(publicBase + "/referrals/" + ref)
	_ = template.URL(os.Getenv("PUBLIC_BASE") + "/referrals/" + ref)
	// Not as markup: the scheme says nothing about '<'.
	_ = template.HTML(publicBase + "/" + r.FormValue("ref")) // want `converted to template.HTML`
}

// link's base is a whole parameter: each caller passes its own.
func link(base, id string) template.URL {
	return template.URL(base + "/referrals/" + url.PathEscape(id))
}

// Look-alikes: a base from the request, read from the database (a user
// may have stored it), or passed in by the caller.
func (s *linkService) unconfiguredBase(w http.ResponseWriter, r *http.Request) {
	ref := url.PathEscape(r.URL.Query().Get("ref"))
	_ = template.URL(r.FormValue("base") + "/referrals/" + ref) // want `converted to template.URL`
	var base string
	_ = s.db.QueryRow("SELECT website FROM users WHERE id = 1").Scan(&base)
	_ = template.URL(base + "/referrals/" + ref) // want `converted to template.URL`
	_ = link(r.FormValue("base"), "x")           // want `converted to template.URL`
}
