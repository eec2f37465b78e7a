package gincase

import (
	"context"
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Request input a middleware stores under a key, read back under it by a
// handler: request input (XSS005), not data of unknown origin.

func stashName(c *gin.Context) {
	c.Set("display", c.Query("display"))
	c.Set("theme", "dark")
}

func showStashed(c *gin.Context) {
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<h2>"+c.GetString("display")+"</h2>")) // want `c.Query\("display"\) \(request input\) written unescaped`
}

// Safe twin: the key that holds a constant.
func showTheme(c *gin.Context) {
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte("<h2>"+c.GetString("theme")+"</h2>"))
}

type bannerKey struct{}

type noteKey struct{}

func withBanner(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), bannerKey{}, r.FormValue("banner"))))
	})
}

func showBanner(w http.ResponseWriter, r *http.Request) {
	banner, _ := r.Context().Value(bannerKey{}).(string)
	fmt.Fprintf(w, "<div>%s</div>", banner) // want `r.FormValue\("banner"\) \(request input\) written unescaped`
}

// Safe twin: a key of another type: not request input.
func showNote(w http.ResponseWriter, r *http.Request) {
	note, _ := r.Context().Value(noteKey{}).(string)
	fmt.Fprintf(w, "<div>%s</div>", note)
}
