package storedlibs

import (
	"fmt"
	"net/http"
)

// A Scan of another shape is no row: fmt's Scan signature, on a reader of
// the program's own.
type valueReader interface {
	Scan(a ...any) (n int, err error)
}

func readLabel(w http.ResponseWriter, in valueReader) {
	var label string
	_, _ = in.Scan(&label)
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<p>%s</p>", label) // safe: not read from a store
}
