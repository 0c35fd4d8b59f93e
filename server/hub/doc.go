// Package hub is the live feed: it accepts screens' WebSockets at /ws and
// fans stream messages out to them, with exact resume or a snapshot.
//
// # Protocol
//
// A screen's first frame is a content.Hello saying which (epoch, seq) it
// last applied. If the Broker can replay everything after that seq in that
// epoch, the hub sends the missed events; otherwise it sends one snapshot
// tagged (epoch, seq). Then it sends every new event, in seq order, and
// pings. The screen sends nothing else but control frames. Close codes
// (content.Close*) tell the screen to resume, back off or re-enrol.
//
// # Consistency without locks
//
// Before looking at history, a connection joins its stream's fan-out
// (subscribe first), so every message published after Head or Since is in
// its queue; the writer drops queued events with seq <= what the snapshot
// or replay already covered and treats any other gap as "resume". The
// snapshot is read after Head, so it may already contain some of the
// events that follow it. That is correct only because events are
// idempotent upserts and deletes of whole items: applying one a second
// time, in order, leaves the same state. Any new event op must keep that
// property.
//
// The same argument lets handshakes share a snapshot: one made after
// Head = (epoch, seq) serves every later handshake that reads the same
// Head, so a store whose screens all reconnect at once (a restart) builds
// it once per stream position, not once per screen (snapshot_cache.go).
// It is kept for seconds only: parts of the state change with time alone.
//
// # Goroutines and memory
//
// The handshake runs on net/http's goroutine; then one reader goroutine,
// started on a small stack, owns the connection. Writing is a role, not a
// goroutine: at most one goroutine holds it (conn.writing), so frames
// never interleave. Publish only appends to the history and to the
// stream's fan-out list; a fan-out goroutine, alive while that list is not
// empty, encodes each message once into a frame shared by all connections
// and hands it to them, one shard of connections per CPU in parallel. It
// pushes onto each connection's bounded queue and, if nobody holds that
// connection's writer role, takes it and writes everything due in one
// write that never waits (frame.go): a full socket hands the rest to a
// goroutine of that connection's own, which waits for the screen while
// the fan-out moves on. A full queue closes that connection with
// content.CloseResume. Pings come from a timer that takes the role the
// same way. An idle connection is thus one parked goroutine, a 512-byte
// read buffer and a few small structs (TestIdleMemoryPerConnection
// measures it); write buffers come from a pool. After a burst of
// handshakes the hub returns their garbage to the OS (trim.go), so the
// resident size follows what the connections really keep.
//
// # Lock order
//
// Acquire in this order, never the reverse:
//
//  1. Hub.mu (connections, fan-outs, closing); Send, Disconnect and
//     Connections take each conn.mu briefly while holding it
//  2. the Broker's per-stream lock (MemoryBroker: memoryStream.mu, held
//     while it calls subscribers; MemoryBroker.mu is taken and released
//     before it, never held with it)
//  3. fanout.mu (the list of messages not yet handed out; nothing is
//     acquired under it)
//  4. shard.mu (one shard's connections; the fan-out holds it while it
//     queues a batch on each of them)
//  5. conn.mu (a leaf: queue, writer role, close state, read deadline;
//     nothing is acquired under it but net.Conn's, the ping timer's and
//     context's own locks)
//
// Consequently subscribers (fanout.deliver) must not call the Broker, and
// nothing may call Broker.Publish while holding fanout.mu, shard.mu or
// conn.mu. No lock is held during network I/O.
package hub
