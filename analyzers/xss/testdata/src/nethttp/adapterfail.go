package nethttp

import (
	"fmt"
	"net/http"
)

// An adapter whose handlers fail before they write: where the handler's
// error is not nil, nothing was written, and the adapter's own write is
// the response's first (sniffed from its plain text).

type failFirst func(http.ResponseWriter, *http.Request) error

func (h failFirst) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprintf(w, "Request failed for %s: %v", r.URL.Query().Get("slot"), err) // safe: sniffed as text/plain
	}
}

func confirmSlot(w http.ResponseWriter, r *http.Request) error {
	if len(r.URL.Query().Get("slot")) != 5 {
		return fmt.Errorf("bad slot")
	}
	w.Header().Set("Content-Type", "application/json")
	_, err := w.Write([]byte(`{"confirmed":true}`))
	return err
}

// One of whose handlers writes a page and then fails.
type failLate func(http.ResponseWriter, *http.Request) error

func (h failLate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		fmt.Fprintf(w, "Request failed for %s: %v", r.URL.Query().Get("slot"), err) // want `r.URL.Query\(\).Get\("slot"\) \(request input\) written unescaped`
	}
}

func slotPage(w http.ResponseWriter, r *http.Request) error {
	fmt.Fprint(w, "<html><body><h1>Slot</h1>")
	if len(r.URL.Query().Get("slot")) != 5 {
		return fmt.Errorf("bad slot")
	}
	return nil
}

func failRoutes(mux *http.ServeMux) {
	mux.Handle("/confirm", failFirst(confirmSlot))
	mux.Handle("/slot", failLate(slotPage))
}
