package nethttp

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type bookingReq struct {
	Patient string `json:"patient"`
	Slot    string `json:"slot"`
}

// A decoder told to refuse unknown fields quotes the unknown key, which
// is the request's: `json: unknown field "<script>..."`.
func bookStrict(w http.ResponseWriter, r *http.Request) {
	var req bookingReq
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<p>Could not read the booking: %v</p>", err) // want `written unescaped into an HTML response by fmt.Fprintf`
		return
	}
}

// By default its errors quote at most a character or a number.
func bookLenient(w http.ResponseWriter, r *http.Request) {
	var req bookingReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, "<p>Could not read the booking: %v</p>", err)
		return
	}
}
