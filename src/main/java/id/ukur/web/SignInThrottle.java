package id.ukur.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anybody lock a person out
 * (docs/security.md, "Sign-in"). Two counts of failed attempts, neither of which needs
 * the account to exist, so that the answer is the same for real and made-up usernames:
 * <ul>
 * <li>per account <em>and</em> source address: after a few free failures each further
 * attempt from that address for that account waits twice as long as the one before, up to
 * a ceiling. An attacker slows only itself: the owner signing in from another address is
 * not delayed, and API tokens are not touched.
 * <li>per source address: more failures than the limit within the window (on any
 * accounts) stop that address's sign-ins until the window ends, against one address
 * trying a password on many accounts.
 * </ul>
 * A success clears the account's count for that address. The counts are kept in memory
 * per node: a restart forgets them, and behind a load balancer each node counts for
 * itself. The source address is the request's remote address; behind a proxy set
 * {@code server.forward-headers-strategy} so that it is the client's.
 */
@Component
class SignInThrottle {

	/**
	 * Beyond this many entries stale ones are dropped, so spraying cannot fill memory.
	 */
	private static final int PURGE_ABOVE = 10_000;

	/** The longest username there is (the column's size). */
	private static final int NAME_LIMIT = 60;

	private final Clock clock;

	private final int freeFailures;

	private final Duration firstDelay;

	private final Duration maxDelay;

	private final int addressMaxFailures;

	private final Duration addressWindow;

	private final Map<String, Pair> pairs = new ConcurrentHashMap<>();

	private final Map<String, Window> addresses = new ConcurrentHashMap<>();

	SignInThrottle(Clock clock, @Value("${ukur.security.signin.free-failures:3}") int freeFailures,
			@Value("${ukur.security.signin.first-delay:1s}") Duration firstDelay,
			@Value("${ukur.security.signin.max-delay:5m}") Duration maxDelay,
			@Value("${ukur.security.signin.address-max-failures:50}") int addressMaxFailures,
			@Value("${ukur.security.signin.address-window:15m}") Duration addressWindow) {
		this.clock = clock;
		this.freeFailures = freeFailures;
		this.firstDelay = firstDelay;
		this.maxDelay = maxDelay;
		this.addressMaxFailures = addressMaxFailures;
		this.addressWindow = addressWindow;
	}

	/**
	 * @return how long this address must still wait before it may try this account,
	 * {@link Duration#ZERO} when it may try now
	 */
	Duration waitBefore(String account, String address) {
		Instant now = this.clock.instant();
		Duration wait = Duration.ZERO;
		Window window = this.addresses.get(address);
		if (window != null && window.failures() >= this.addressMaxFailures && now.isBefore(window.end())) {
			wait = Duration.between(now, window.end());
		}
		Pair pair = this.pairs.get(key(account, address));
		if (pair != null && now.isBefore(pair.nextAttempt())) {
			Duration own = Duration.between(now, pair.nextAttempt());
			wait = (own.compareTo(wait) > 0) ? own : wait;
		}
		return wait;
	}

	/** Counts a wrong password (or an unknown username) from this address. */
	void failed(String account, String address) {
		Instant now = this.clock.instant();
		this.pairs.compute(key(account, address), (key, pair) -> {
			int failures = (pair == null || pair.stale(now, this.maxDelay)) ? 1 : pair.failures() + 1;
			return new Pair(failures, now.plus(delayAfter(failures)));
		});
		this.addresses.compute(address, (key, window) -> (window == null || !now.isBefore(window.end()))
				? new Window(1, now.plus(this.addressWindow)) : new Window(window.failures() + 1, window.end()));
		if (this.pairs.size() > PURGE_ABOVE || this.addresses.size() > PURGE_ABOVE) {
			purge(now);
		}
	}

	/** A right password: this address starts afresh for this account. */
	void succeeded(String account, String address) {
		this.pairs.remove(key(account, address));
	}

	/**
	 * @return the wait after this many consecutive failures: none for the free ones, then
	 * doubling from the first delay up to the ceiling
	 */
	Duration delayAfter(int failures) {
		if (failures < this.freeFailures) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - this.freeFailures, 30);
		Duration delay = this.firstDelay.multipliedBy(1L << doublings);
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

	/**
	 * @return how many counts are held (accounts at addresses, addresses)
	 */
	int remembered() {
		return this.pairs.size() + this.addresses.size();
	}

	private void purge(Instant now) {
		this.pairs.values().removeIf((pair) -> pair.stale(now, this.maxDelay));
		this.addresses.values().removeIf((window) -> !now.isBefore(window.end()));
	}

	/**
	 * No username is longer than {@link #NAME_LIMIT}: longer ones are kept cut, so that
	 * megabyte-long names cannot fill the memory (they are all one unknown account).
	 */
	private static String key(String account, String address) {
		String name = (account.length() > NAME_LIMIT) ? account.substring(0, NAME_LIMIT + 1) : account;
		return name + "\n" + address;
	}

	/** Consecutive failures of one account from one address. */
	private record Pair(int failures, Instant nextAttempt) {

		/** Long after the last wait ended the count starts again. */
		boolean stale(Instant now, Duration maxDelay) {
			return now.isAfter(this.nextAttempt.plus(maxDelay.multipliedBy(2)));
		}

	}

	/** Failures of one address in its current window. */
	private record Window(int failures, Instant end) {
	}

}
