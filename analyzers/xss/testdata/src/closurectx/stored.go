package closurectx

import (
	"context"
	"database/sql"
	"html/template"
	"net/http"
	"strings"
)

type Patient struct {
	ID   int64
	Name string
}

type Store struct{ db *sql.DB }

func (s *Store) SearchPatients(ctx context.Context, term string) ([]Patient, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name FROM patients WHERE name LIKE ?`, "%"+term+"%")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Patient
	for rows.Next() {
		var p Patient
		if err := rows.Scan(&p.ID, &p.Name); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

type Pages struct{ Store *Store }

type pageData struct {
	Title string
}

func (p *Pages) QuickSearch(w http.ResponseWriter, r *http.Request) {
	q := r.FormValue("q")
	hits, err := p.Store.SearchPatients(r.Context(), q)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	view := struct {
		pageData
		Hits []template.HTML
	}{pageData: pageData{Title: "Quick search"}}
	mark := func(s string) template.HTML {
		return template.HTML(strings.ReplaceAll(s, q, "<mark>"+q+"</mark>")) // want `r.FormValue\("q"\) \(request input\) converted to template.HTML`
	}
	for _, h := range hits {
		view.Hits = append(view.Hits, mark(h.Name)) // want `stored`
	}
	_ = page.Execute(w, view)
}
