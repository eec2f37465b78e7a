package ctxhelper

import (
	"context"
	"fmt"
	"net/http"
)

type themeKey struct{}

type nameKey struct{}

// Safe twin: the helper's callers pass only constants.
func withTheme(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(themed(r.Context(), "dark")))
	})
}

func themed(ctx context.Context, theme string) context.Context {
	return context.WithValue(ctx, themeKey{}, theme)
}

func theme(w http.ResponseWriter, r *http.Request) {
	v, _ := r.Context().Value(themeKey{}).(string)
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<body class=%q>", v)
}

type langKey struct{}

// Safe twin: contextWith stores request input under userKey; this handler
// reads langKey, under which only a constant is stored.
func withLang(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r = r.WithContext(contextWith(r, r.Header.Get("X-Remote-User")))
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), langKey{}, "en-GB")))
	})
}

func lang(w http.ResponseWriter, r *http.Request) {
	v, _ := r.Context().Value(langKey{}).(string)
	w.Header().Set("Content-Type", "text/html")
	fmt.Fprintf(w, "<html lang=%q>", v)
}
