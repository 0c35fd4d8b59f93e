package command

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/term"

	"storecast/app/rest"
	"storecast/server/auth"
	"storecast/server/store"
)

var usernameRE = regexp.MustCompile(`^[\p{L}\p{N}._-]{2,40}$`)

// userAdd runs `storecast user add [--data DIR] --role ROLE NAME`: the
// password is asked for without echo on a terminal, or read as the first
// line of standard input, never taken from the command line (it would sit
// in shell history and the process list).
func userAdd(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("user add", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", envOr(getenv, "STORECAST_DATA", "./data"), "data directory (STORECAST_DATA)")
	role := fs.String("role", "", "admin, editor or cashier")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return errors.New("user add: give exactly one user name")
	}
	name := fs.Arg(0)
	if !usernameRE.MatchString(name) {
		return fmt.Errorf("user add: %q: use 2 to 40 letters, digits, dots, dashes or underscores", name)
	}
	switch *role {
	case rest.RoleAdmin, rest.RoleEditor, rest.RoleCashier:
	default:
		return errors.New("user add: --role must be admin, editor or cashier")
	}
	password, err := readPassword(stdin, stderr)
	if err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	hash, err := auth.DefaultHasher.Hash(password)
	if err != nil {
		return errors.New("user add: the password must be 10 to 72 bytes long")
	}
	if err := os.MkdirAll(*data, 0o750); err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	st, err := store.Open(ctx, filepath.Join(*data, "storecast.db"))
	if err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	defer st.Close()
	u, err := st.CreateUser(store.WithActor(ctx, "cli"), name, *role, hash)
	if errors.Is(err, store.ErrExists) {
		return fmt.Errorf("user add: %q exists already", name)
	}
	if err != nil {
		return fmt.Errorf("user add: %w", err)
	}
	fmt.Fprintf(stdout, "created %s %s (%s)\n", u.Role, u.Username, u.ID)
	return nil
}

func readPassword(stdin io.Reader, stderr io.Writer) (string, error) {
	if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		fmt.Fprint(stderr, "Password: ")
		p1, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		fmt.Fprint(stderr, "Again: ")
		p2, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(stderr)
		if err != nil {
			return "", err
		}
		if string(p1) != string(p2) {
			return "", errors.New("the passwords differ")
		}
		return string(p1), nil
	}
	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		return "", errors.New("no password on standard input")
	}
	return strings.TrimRight(line, "\r\n"), nil
}
