package id.ukur.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application clock: the clock it wraps (the system's UTC clock), unless the current
 * thread pinned an instant. Only the demo history pins it (docs/demo.md): it writes past
 * rounds through the real workflow on one thread, each act at the moment of the story, so
 * that every time the workflow reads (the step times, the journal, the seal) is that
 * moment. Other threads (requests, jobs) keep reading the wrapped clock meanwhile.
 * <p>
 * While pinned, acts happen in the past: modules that tell people of acts (the round
 * events the mails listen to) tell no one ({@link #pinned()}).
 */
public final class PinnableClock extends Clock {

	private static final ThreadLocal<Instant> PINNED = new ThreadLocal<>();

	private final Clock wrapped;

	public PinnableClock(Clock wrapped) {
		this.wrapped = wrapped;
	}

	/**
	 * Runs the work with this thread's clocks showing the instant, then unpins them (an
	 * enclosing pin is restored).
	 * @return what the work returned
	 */
	public static <T> T at(Instant instant, Supplier<T> work) {
		Instant before = PINNED.get();
		PINNED.set(instant);
		try {
			return work.get();
		}
		finally {
			if (before != null) {
				PINNED.set(before);
			}
			else {
				PINNED.remove();
			}
		}
	}

	/**
	 * @return whether this thread's clock is pinned: its acts are replayed in the past
	 */
	public static boolean pinned() {
		return PINNED.get() != null;
	}

	@Override
	public Instant instant() {
		Instant pinned = PINNED.get();
		return (pinned != null) ? pinned : this.wrapped.instant();
	}

	@Override
	public ZoneId getZone() {
		return this.wrapped.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new PinnableClock(this.wrapped.withZone(zone));
	}

}
