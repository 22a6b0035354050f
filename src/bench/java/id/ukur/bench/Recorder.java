package id.ukur.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the load simulations saw, request by request, kept by this benchmark itself (not
 * read back from Gatling's files): the status, the response time and when it ended; and
 * every save the application acknowledged, to look for it in the database afterwards.
 */
final class Recorder {

	/** One request: {@code status} 0 when no answer came. */
	record Request(String kind, int status, long millis, long endedAt) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

	}

	/** A save answered with 200: the value and the version the application gave it. */
	record Ack(long round, String code, long version, String compare) {
	}

	/** A form whose submission was answered with 200. */
	record Submitted(long round, String unit) {
	}

	private static final Queue<Request> requests = new ConcurrentLinkedQueue<>();

	private static final Queue<Ack> acks = new ConcurrentLinkedQueue<>();

	private static final Queue<Submitted> submitted = new ConcurrentLinkedQueue<>();

	private Recorder() {
	}

	static void request(String kind, int status, long millis) {
		requests.add(new Request(kind, status, millis, System.currentTimeMillis()));
	}

	static void ack(long round, String code, long version, String compare) {
		acks.add(new Ack(round, code, version, compare));
	}

	static void submitted(long round, String unit) {
		submitted.add(new Submitted(round, unit));
	}

	/** The requests recorded since the last call, which forgets them. */
	static Phase phase(String name) {
		List<Request> list = new ArrayList<>();
		for (Request request; (request = requests.poll()) != null;) {
			list.add(request);
		}
		return new Phase(name, list);
	}

	static List<Ack> acks() {
		return List.copyOf(acks);
	}

	static List<Submitted> submitted() {
		return List.copyOf(submitted);
	}

	/** The requests of one run, with throughput and latency percentiles. */
	record Phase(String name, List<Request> requests) {

		Phase only(String kind) {
			return new Phase(kind, this.requests.stream().filter((r) -> r.kind().equals(kind)).toList());
		}

		int count() {
			return this.requests.size();
		}

		long errors() {
			return this.requests.stream().filter((r) -> !r.ok()).count();
		}

		/** Error answers by status ({@code 0}: no answer). */
		Map<Integer, Long> errorsByStatus() {
			Map<Integer, Long> errors = new TreeMap<>();
			this.requests.stream().filter((r) -> !r.ok()).forEach((r) -> errors.merge(r.status(), 1L, Long::sum));
			return errors;
		}

		/** Requests per second from the first request's start to the last one's end. */
		double throughput() {
			long first = this.requests.stream().mapToLong((r) -> r.endedAt() - r.millis()).min().orElse(0);
			long last = this.requests.stream().mapToLong(Request::endedAt).max().orElse(0);
			return (last > first) ? count() * 1000.0 / (last - first) : 0;
		}

		/** The nearest-rank percentile of the response times, in milliseconds. */
		long percentile(double p) {
			long[] millis = this.requests.stream().mapToLong(Request::millis).toArray();
			if (millis.length == 0) {
				return 0;
			}
			Arrays.sort(millis);
			int rank = (int) Math.ceil(p / 100 * millis.length);
			return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
		}

	}

}
