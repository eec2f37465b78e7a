// Package render is a trimmed stub of github.com/go-chi/render v1.0.3:
// the responders sanitas models (bodies left out, as for a dependency
// outside the module, which is not analysed).
package render

import "net/http"

// HTML writes v with Content-Type text/html.
func HTML(w http.ResponseWriter, r *http.Request, v string) {}

// PlainText writes v with Content-Type text/plain.
func PlainText(w http.ResponseWriter, r *http.Request, v string) {}

// Data writes v with Content-Type application/octet-stream.
func Data(w http.ResponseWriter, r *http.Request, v []byte) {}

// JSON writes v encoded as JSON.
func JSON(w http.ResponseWriter, r *http.Request, v any) {}
