// Package byvalstore takes its search options by value, as gitea's
// user_model.SearchUsers does.
package byvalstore

import "database/sql"

type Options struct {
	Keyword string
	OrderBy string
	Page    int
}

func paginate(o *Options) {
	if o.Page < 1 {
		o.Page = 1
	}
}

// Search defaults OrderBy and takes opts' address, so SSA spills the
// parameter into a local.
func Search(db *sql.DB, opts Options) (*sql.Rows, error) {
	if len(opts.OrderBy) == 0 {
		opts.OrderBy = "name ASC"
	}
	paginate(&opts)
	return db.Query("SELECT * FROM users WHERE name LIKE ? ORDER BY "+opts.OrderBy, "%"+opts.Keyword+"%") // want `parameter opts.OrderBy of exported Search `
}

// SearchPlain reads the fields of the parameter value directly.
func SearchPlain(db *sql.DB, opts Options) (*sql.Rows, error) {
	return db.Query("SELECT * FROM users WHERE name LIKE ? ORDER BY "+opts.OrderBy, opts.Keyword) // want `parameter opts.OrderBy of exported SearchPlain `
}
