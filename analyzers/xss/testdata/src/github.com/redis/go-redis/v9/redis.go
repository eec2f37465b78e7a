// Package redis is a trimmed stub of github.com/redis/go-redis/v9: the
// commands whose replies sanitas models as stored data.
package redis

import "context"

type Client struct{}

type StringCmd struct{}

func (c *StringCmd) Result() (string, error) { return "", nil }
func (c *StringCmd) Val() string             { return "" }
func (c *StringCmd) Bytes() ([]byte, error)  { return nil, nil }

type StringSliceCmd struct{}

func (c *StringSliceCmd) Val() []string { return nil }

type IntCmd struct{}

func (c *IntCmd) Val() int64 { return 0 }

func (c *Client) Get(ctx context.Context, key string) *StringCmd { return &StringCmd{} }
func (c *Client) LRange(ctx context.Context, key string, a, b int64) *StringSliceCmd {
	return &StringSliceCmd{}
}
func (c *Client) Incr(ctx context.Context, key string) *IntCmd { return &IntCmd{} }
