package a11y

// Move is where a key sends keyboard focus among a screen's items.
type Move int

const (
	MoveNone Move = iota
	MoveNext
	MovePrev
	MoveFirst
	MoveLast
)

// MoveFor maps a key (KeyboardEvent.key) to a focus move. In a text field
// the left and right arrows, Home and End move the caret instead.
func MoveFor(key string, inText bool) Move {
	switch key {
	case "ArrowDown":
		return MoveNext
	case "ArrowUp":
		return MovePrev
	case "ArrowRight":
		if !inText {
			return MoveNext
		}
	case "ArrowLeft":
		if !inText {
			return MovePrev
		}
	case "Home":
		if !inText {
			return MoveFirst
		}
	case "End":
		if !inText {
			return MoveLast
		}
	}
	return MoveNone
}

// NextFocus returns the index of the item to focus among n items in
// document order. cur is the focused item's index, or -1 when focus is on
// something else (a heading, the page); then after is the index of the
// first item that follows it in the document (n when none does). Moving
// past either end wraps around, so a keypad user never gets stuck.
func NextFocus(m Move, cur, after, n int) int {
	if n == 0 || m == MoveNone {
		return -1
	}
	switch m {
	case MoveFirst:
		return 0
	case MoveLast:
		return n - 1
	}
	if cur < 0 {
		if m == MoveNext {
			return after % n
		}
		return (after - 1 + n) % n
	}
	if m == MoveNext {
		return (cur + 1) % n
	}
	return (cur - 1 + n) % n
}
