package nethttp

import (
	"bytes"
	"encoding/json"
	"html/template"
	"net/http"
)

// A JSON encoder told not to escape HTML writes "</script>" as it is.
func rawJSONChart(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]string{"q": r.URL.Query().Get("q")})
	_ = template.JS(buf.String()) // want `r.URL.Query\(\).Get\("q"\) \(request input\) converted to template.JS`
}

func rawJSONPage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(r.URL.Query().Get("q")) // want `written unescaped into an HTML response by \(\*json.Encoder\).Encode`
}

// The default encoder escapes <, > and &.
func escapedJSON(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(map[string]string{"q": r.URL.Query().Get("q")})
	_ = template.JS(buf.String())
	w.Header().Set("Content-Type", "text/html")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(r.URL.Query().Get("q"))
}
