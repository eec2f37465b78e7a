package nethttp

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/http"
)

// Another server's reply is data of unknown origin: written into a page
// as it is, stored XSS.
func referralLetter(w http.ResponseWriter, r *http.Request, c *http.Client) {
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, "https://referrals.internal/letter", nil)
	if err != nil {
		return
	}
	resp, err := c.Do(req)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.Copy(w, resp.Body) // want `c.Do\(req\) \(upstream response\) written unescaped into an HTML response by io.Copy`
}

func fetchLetter() ([]byte, error) {
	resp, err := http.Get("https://referrals.internal/letter")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func referralLetterHelper(w http.ResponseWriter, r *http.Request) {
	b, err := fetchLetter()
	if err != nil {
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b) // want `data returned by nethttp.fetchLetter \(of unknown origin: http.Get\("https://referrals.internal/letter"\)\) written unescaped into an HTML response`
}

type referralSummary struct{ Text string }

var summaryPage = template.Must(template.New("s").Parse(`<p>{{.Text}}</p>`))

// Decoded and rendered by html/template: escaped.
func referralSummaryPage(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("https://referrals.internal/summary")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var s referralSummary
	if json.NewDecoder(resp.Body).Decode(&s) != nil {
		return
	}
	summaryPage.Execute(w, s)
}

// Built into markup: reported.
func referralSummaryRaw(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("https://referrals.internal/summary")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var s referralSummary
	if json.NewDecoder(resp.Body).Decode(&s) != nil {
		return
	}
	fmt.Fprintf(w, "<p>%s</p>", s.Text) // want `\(upstream response\) written unescaped into an HTML response by fmt.Fprintf`
}

// Passed on as JSON.
func referralSummaryJSON(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("https://referrals.internal/summary")
	if err != nil {
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	io.Copy(w, resp.Body)
}
