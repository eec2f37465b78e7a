// Package storedlibs: data read back from a store (bun's select into a
// model, Redis replies) is stored data, rendered raw a medium XSS006 or
// XSS002.
package storedlibs

import (
	"fmt"
	"html"
	"html/template"
	"net/http"
	"strconv"

	"github.com/redis/go-redis/v9"
	"github.com/uptrace/bun"
)

type Profile struct {
	ID  int64
	Bio string
}

func bunModel(w http.ResponseWriter, r *http.Request, db *bun.DB) {
	var p Profile
	if err := db.NewSelect().Model(&p).Where("id = ?", 1).Scan(r.Context()); err != nil {
		return
	}
	_ = template.HTML(p.Bio)                    // want `^db.NewSelect\(\).Model\(&p\) \(stored data\) converted to template.HTML`
	_ = template.HTML(html.EscapeString(p.Bio)) // escaped
	_ = template.HTML(strconv.FormatInt(p.ID, 10))
}

func redisMOTD(w http.ResponseWriter, r *http.Request, rdb *redis.Client) {
	motd, err := rdb.Get(r.Context(), "motd").Result()
	if err != nil {
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<div>%s</div>", motd) // want `^rdb.Get\(r.Context\(\), "motd"\).Result\(\) \(stored data\) written unescaped into an HTML response by fmt.Fprintf`
	for _, c := range rdb.LRange(r.Context(), "comments", 0, 10).Val() {
		fmt.Fprintf(w, "<li>%s</li>", c) // want `\(stored data\) written unescaped`
	}
	fmt.Fprintf(w, "<li>%s</li>", html.EscapeString(rdb.Get(r.Context(), "name").Val()))
	fmt.Fprintf(w, "<p>%d visits</p>", rdb.Incr(r.Context(), "visits").Val())
}
