package fiberwrite

import (
	"database/sql"
	"fmt"
	"html"
	"io"
	"strconv"

	"cblib"

	"github.com/gofiber/fiber/v2"
)

type appt struct {
	ID     int64
	Reason string
}

func appts(db *sql.DB) []appt {
	var out []appt
	rows, _ := db.Query("SELECT id, reason FROM appts")
	for rows.Next() {
		var a appt
		rows.Scan(&a.ID, &a.Reason)
		out = append(out, a)
	}
	return out
}

// htmlList writes each item's label, which the caller's callback makes.
func htmlList[T any](w io.Writer, items []T, label func(T) string) error {
	for _, it := range items {
		if _, err := fmt.Fprintf(w, "<li>%s</li>", label(it)); err != nil {
			return err
		}
	}
	return nil
}

func listReasons(c *fiber.Ctx, db *sql.DB) error {
	c.Set("Content-Type", "text/html; charset=utf-8")
	return htmlList(c, appts(db), func(a appt) string { return a.Reason }) // want `written unescaped into an HTML response by fmt.Fprintf via fiberwrite.htmlList`
}

func listQuery(c *fiber.Ctx) error {
	q := c.Query("q")
	c.Type("html")
	return htmlList(c, []int{1, 2}, func(int) string { return q }) // want `c.Query\("q"\) \(request input\) written unescaped`
}

// Safe twins: the callback returns numbers or escaped text.

func listIDs(c *fiber.Ctx, db *sql.DB) error {
	c.Type("html")
	return htmlList(c, appts(db), func(a appt) string { return strconv.FormatInt(a.ID, 10) })
}

func listPlain(c *fiber.Ctx, db *sql.DB) error {
	return htmlList(c, appts(db), func(a appt) string { return a.Reason }) // text/plain
}

func reason(a appt) string { return a.Reason }

func listNamed(c *fiber.Ctx, db *sql.DB) error {
	c.Type("html")
	return htmlList(c, appts(db), reason) // want `\(stored data\) written unescaped into an HTML response by fmt.Fprintf via fiberwrite.htmlList`
}

func listEscaped(c *fiber.Ctx, db *sql.DB) error {
	c.Type("html")
	return htmlList(c, []string{c.Query("a"), c.Query("b")}, html.EscapeString)
}

// Helpers in another package, known by their facts.

func libList(c *fiber.Ctx, db *sql.DB) {
	c.Type("html")
	cblib.List(c, appts(db), func(a appt) string { return a.Reason })                    // want `\(stored data\) written unescaped into an HTML response by fmt.Fprintf via cblib.List`
	cblib.List(c, appts(db), func(a appt) string { return strconv.FormatInt(a.ID, 10) }) // a number
	cblib.Each(c, []string{c.Query("q")}, func(s string) string { return s })            // want `c.Query\("q"\) \(request input\) written unescaped into an HTML response by fmt.Fprintf via cblib.Each`
	cblib.Each(c, []string{c.Query("q")}, html.EscapeString)
}

func libMap(c *fiber.Ctx, db *sql.DB) {
	c.Type("html")
	for _, s := range cblib.Map(appts(db), func(a appt) string { return a.Reason }) {
		c.WriteString(s) // want `\(stored data\) written unescaped into an HTML response by \(\*fiber.Ctx\).WriteString`
	}
	for _, s := range cblib.Map(appts(db), func(a appt) string { return html.EscapeString(a.Reason) }) {
		c.WriteString(s)
	}
}
