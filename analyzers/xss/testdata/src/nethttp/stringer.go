package nethttp

import (
	"fmt"
	"net/http"
)

// fmt prints what a value's String method returns.
type nhsNumber string

// String keeps the digits only.
func (n nhsNumber) String() string {
	var d []rune
	for _, r := range string(n) {
		if r >= '0' && r <= '9' {
			d = append(d, r)
		}
	}
	if len(d) != 10 {
		return "invalid NHS number"
	}
	return string(d[:3]) + " " + string(d[3:6]) + " " + string(d[6:])
}

type patientRef struct{ Name string }

func (p patientRef) String() string { return "Patient " + p.Name }

func nhsPage(w http.ResponseWriter, r *http.Request) {
	nhs := nhsNumber(r.URL.Query().Get("nhs"))
	fmt.Fprint(w, "<p>NHS number: ", nhs, "</p>")
	fmt.Fprintf(w, "<p>NHS number: %v</p>", nhs)
}

func patientPage(w http.ResponseWriter, r *http.Request) {
	p := patientRef{Name: r.URL.Query().Get("name")}
	fmt.Fprint(w, "<p>", p, "</p>")             // want `r.URL.Query\(\).Get\("name"\) \(request input\) written unescaped into an HTML response by fmt.Fprint`
	fmt.Fprintf(w, "<p>%s</p>", string(p.Name)) // want `r.URL.Query\(\).Get\("name"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf`
}
