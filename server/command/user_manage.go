package command

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"storecast/server/store"
)

// userList runs `storecast user list [--data DIR]`.
func userList(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("user list", "user list [--data DIR]", "Lists the staff accounts: name, role, when made, and whether disabled.", stderr)
	data := dataFlag(fs, getenv)
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 0 {
		return fmt.Errorf("user list: unexpected argument %q", pos[0])
	}
	st, err := openExisting(ctx, *data)
	if err != nil {
		return fmt.Errorf("user list: %w", err)
	}
	defer st.Close()
	us, err := st.Users(ctx)
	if err != nil {
		return fmt.Errorf("user list: %w", err)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tROLE\tCREATED\tSTATUS")
	for _, u := range us {
		status := "active"
		if u.DisabledAt != nil {
			status = "disabled " + u.DisabledAt.Local().Format(time.DateOnly)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", u.Username, u.Role, u.CreatedAt.Local().Format(time.DateOnly), status)
	}
	return tw.Flush()
}

// userResetPassword runs `storecast user reset-password NAME [--data DIR]`.
func userResetPassword(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("user reset-password", "user reset-password NAME [--revoke-tokens] [--data DIR]",
		"Sets a new password for a staff account and signs it out everywhere; its API\n"+
			"tokens keep working unless --revoke-tokens is given.\n\n"+passwordAbout, stderr)
	revoke := fs.Bool("revoke-tokens", false, "revoke the account's API tokens too")
	data := dataFlag(fs, getenv)
	st, u, err := namedUser(ctx, fs, args, data)
	if err != nil {
		return fmt.Errorf("user reset-password: %w", err)
	}
	defer st.Close()
	hash, err := newPasswordHash(stdin, stderr)
	if err != nil {
		return fmt.Errorf("user reset-password: %w", err)
	}
	if err := st.SetPassword(store.WithActor(ctx, "cli"), u.ID, hash, *revoke); err != nil {
		return fmt.Errorf("user reset-password: %w", err)
	}
	if *revoke {
		fmt.Fprintf(stdout, "new password for %s; their sessions are ended and their API tokens revoked\n", u.Username)
		return nil
	}
	fmt.Fprintf(stdout, "new password for %s; their sessions are ended\n", u.Username)
	return nil
}

// userSetDisabled runs `storecast user disable|enable NAME [--data DIR]`.
func userSetDisabled(ctx context.Context, args []string, disabled bool, getenv func(string) string, stdout, stderr io.Writer) error {
	verb, about := "enable", "Lets a disabled staff account sign in again; its API tokens work again."
	if disabled {
		verb, about = "disable", "Stops a staff account: it cannot sign in, its sessions end at once and its\nAPI tokens are refused until it is enabled again. Nothing is deleted."
	}
	fs := newFlags("user "+verb, "user "+verb+" NAME [--data DIR]", about, stderr)
	data := dataFlag(fs, getenv)
	st, u, err := namedUser(ctx, fs, args, data)
	if err != nil {
		return fmt.Errorf("user %s: %w", verb, err)
	}
	defer st.Close()
	if err := st.SetUserDisabled(store.WithActor(ctx, "cli"), u.ID, disabled); err != nil {
		return fmt.Errorf("user %s: %w", verb, err)
	}
	fmt.Fprintf(stdout, "%sd %s %s\n", verb, u.Role, u.Username)
	return nil
}

// namedUser parses a command's one argument, a user name, and opens the
// store and that user.
func namedUser(ctx context.Context, fs *flag.FlagSet, args []string, data *string) (*store.Store, store.User, error) {
	pos, err := parseArgs(fs, args)
	if err != nil {
		return nil, store.User{}, err
	}
	if len(pos) != 1 {
		return nil, store.User{}, errors.New("give exactly one user name")
	}
	st, err := openExisting(ctx, *data)
	if err != nil {
		return nil, store.User{}, err
	}
	u, err := st.UserByName(ctx, pos[0])
	if err != nil {
		st.Close()
		if errors.Is(err, store.ErrNotFound) {
			return nil, store.User{}, fmt.Errorf("no user %q (storecast user list shows them)", pos[0])
		}
		return nil, store.User{}, err
	}
	return st, u, nil
}
