package storedlibs

import (
	"context"
	"fmt"
	"html/template"
	"net/http"

	"gorm.io/gorm"
)

type Post struct {
	ID    int64
	Title string
}

// gorm's generic API returns the records it read.

func gormGenericFirst(ctx context.Context, db *gorm.DB) template.HTML {
	p, _ := gorm.G[Post](db).Where("id = ?", 1).First(ctx)
	return template.HTML(p.Title) // want `\(stored data\) converted to template.HTML`
}

func gormGenericFind(ctx context.Context, w http.ResponseWriter, db *gorm.DB) {
	ps, _ := gorm.G[Post](db).Find(ctx)
	w.Header().Set("Content-Type", "text/html")
	for _, p := range ps {
		fmt.Fprintf(w, "<li>%s</li>", p.Title) // want `\(stored data\) written unescaped into an HTML response`
		fmt.Fprintf(w, "<li>%d</li>", p.ID)
	}
}
