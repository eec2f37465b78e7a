// Package mux is a trimmed stub of github.com/gorilla/mux v1.8.1.
package mux

import "net/http"

func Vars(r *http.Request) map[string]string { return nil }
